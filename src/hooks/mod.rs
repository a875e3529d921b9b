mod use_analysis;

pub use use_analysis::use_analysis;

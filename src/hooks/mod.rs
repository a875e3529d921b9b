mod engine_jobs;
mod engine_worker;
mod use_analysis;
mod use_corpus;
mod use_saved_text;
mod use_service_worker;

pub use engine_jobs::{decode, use_occurrences};
pub use use_analysis::use_analysis;
pub use use_corpus::use_corpus;
pub use use_saved_text::{use_saved_text, Saved};
pub use use_service_worker::use_service_worker;

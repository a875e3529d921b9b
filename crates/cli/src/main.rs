//! `textlens`: the engine on the command line. Argument parsing, files and terminal output;
//! all analysis is the engine's.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use textlens_engine::{analyze, decode, Options, Report};

mod summary;

const HELP: &str = "\
textlens: word frequencies, sentences, readability, entities and quotes of a text

USAGE:
    textlens analyze [--json | --jsonl] [--tokens] [FILE|DIR|-]...
    textlens syllables [WORD]...

COMMANDS:
    analyze      Analyse each file (a folder: every .txt, .md and .html file in it; `-` or
                 nothing: standard input) and print a summary, or the report as JSON.
    syllables    Print `word<TAB>syllables` for each word (read from standard input, one or
                 more a line, when none are given).

OPTIONS:
    --json       Print the report as JSON (one pretty document per file).
    --jsonl      Print one report per line, with a \"file\" field (for batches).
    --tokens     Include every token in the JSON report.
    -h, --help   Print this help.
    -V, --version

EXAMPLES:
    textlens analyze article.txt
    textlens analyze --json article.txt | jq .stats
    curl -s https://example.org/story.txt | textlens analyze --json -
    textlens analyze --jsonl articles/ > reports.jsonl
    echo 'readability' | textlens syllables

EXIT CODES:
    0  success
    1  wrong usage
    2  a file could not be read, is empty, or is not text (binary, or bad UTF-16)
";

#[derive(Default)]
struct Args {
    json: bool,
    jsonl: bool,
    tokens: bool,
    inputs: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("textlens {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("analyze" | "analyse") => match parse(&args[1..]) {
            Ok(args) => run_analyze(&args),
            Err(message) => usage_error(&message),
        },
        Some("syllables") => run_syllables(&args[1..]),
        Some(other) => usage_error(&format!("unknown command `{other}`")),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("textlens: {message}\nTry `textlens --help`.");
    ExitCode::from(1)
}

fn parse(raw: &[String]) -> Result<Args, String> {
    let mut args = Args::default();
    let mut only_files = false;
    for arg in raw {
        match arg.as_str() {
            _ if only_files => args.inputs.push(arg.clone()),
            "--" => only_files = true,
            "--json" => args.json = true,
            "--jsonl" => args.jsonl = true,
            "--tokens" => args.tokens = true,
            "-h" | "--help" => return Err("see the help below".into()).inspect_err(|_| print!("{HELP}")),
            "-" => args.inputs.push(arg.clone()),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            _ => args.inputs.push(arg.clone()),
        }
    }
    if args.json && args.jsonl {
        return Err("--json and --jsonl do not go together".into());
    }
    if args.inputs.is_empty() {
        args.inputs.push("-".into());
    }
    Ok(args)
}

/// The files named on the command line, folders expanded (sorted, so output is stable).
fn expand(inputs: &[String]) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for input in inputs {
        let path = PathBuf::from(input);
        if input != "-" && path.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(&path)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && is_document(p))
                .collect();
            inside.sort();
            files.extend(inside);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

fn is_document(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    matches!(ext.as_str(), "txt" | "md" | "markdown" | "text" | "html" | "htm")
}

fn read_text(path: &Path) -> Result<String, String> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf).map_err(|e| format!("standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?
    };
    if bytes.is_empty() {
        let name = if path.as_os_str() == "-" { "standard input".into() } else { path.display().to_string() };
        return Err(format!("{name} is empty: there is nothing to analyse"));
    }
    let text = decode(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    Ok(if ext == "html" || ext == "htm" { textlens_engine::visible_text(&text) } else { text })
}

fn run_analyze(args: &Args) -> ExitCode {
    let files = match expand(&args.inputs) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("textlens: {e}");
            return ExitCode::from(2);
        }
    };
    let options = Options { tokens: args.tokens, ..Options::default() };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let batch = files.len() > 1;
    for (n, path) in files.iter().enumerate() {
        if batch && args.jsonl && io::IsTerminal::is_terminal(&io::stderr()) {
            eprint!("\r[{}/{}] {}\x1b[K", n + 1, files.len(), path.display());
        }
        let text = match read_text(path) {
            Ok(text) => text,
            Err(message) => {
                eprintln!("textlens: {message}");
                failed = true;
                continue;
            }
        };
        let report = analyze(&text, &options);
        let written = if args.jsonl {
            write_jsonl(&mut out, path, &report)
        } else if args.json {
            serde_json::to_writer_pretty(&mut out, &report).map_err(io::Error::from).and_then(|_| writeln!(out))
        } else {
            if batch {
                let _ = writeln!(out, "== {} ==", path.display());
            }
            summary::write(&mut out, &text, &report)
        };
        if let Err(e) = written.and_then(|_| out.flush()) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("textlens: {e}");
            return ExitCode::from(2);
        }
    }
    if batch && args.jsonl && io::IsTerminal::is_terminal(&io::stderr()) {
        eprintln!();
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// A report with the file it is of, written straight out: building a `serde_json::Value` of
/// the report first took twice the memory of the whole analysis.
#[derive(serde::Serialize)]
struct ReportOfFile<'a> {
    file: String,
    #[serde(flatten)]
    report: &'a Report,
}

fn write_jsonl(out: &mut impl Write, path: &Path, report: &Report) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &ReportOfFile { file: path.display().to_string(), report })?;
    writeln!(out)
}

fn run_syllables(words: &[String]) -> ExitCode {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut print = |word: &str| writeln!(out, "{word}\t{}", textlens_engine::syllables(word));
    let result = if words.is_empty() {
        let mut input = String::new();
        match io::stdin().read_to_string(&mut input) {
            Ok(_) => input.split_whitespace().try_for_each(&mut print),
            Err(e) => {
                eprintln!("textlens: standard input: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        words.iter().try_for_each(|w| print(w))
    };
    match result.and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("textlens: {e}");
            ExitCode::from(2)
        }
    }
}

//! The visible text of an HTML page: tags dropped, scripts and styles dropped with their
//! content, block elements on lines of their own, character references decoded.

/// Elements whose content is never shown.
const HIDDEN: &[&str] = &["script", "style", "noscript", "template", "head", "svg", "iframe", "object"];

/// Elements that start a new paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "hr",
    "title",
    "dd",
    "dt",
    "main",
    "aside",
    "nav",
];

/// Returns the text a browser would show for `html`, paragraphs separated by blank lines.
///
/// ```
/// let html = "<p>Hello &amp; <b>welcome</b></p><script>alert(1)</script><p>Bye</p>";
/// assert_eq!(textlens_engine::visible_text(html), "Hello & welcome\n\nBye");
/// ```
pub fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut hidden: Option<String> = None;
    while let Some(lt) = rest.find('<') {
        if hidden.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            // A '<' that opens no tag is text.
            if hidden.is_none() {
                push_text(&mut out, rest);
            }
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        match &hidden {
            Some(open) => {
                if closing && *open == name {
                    hidden = None;
                }
            }
            None => {
                if !closing && !tag.ends_with('/') && HIDDEN.contains(&name.as_str()) {
                    hidden = Some(name);
                } else if BLOCKS.contains(&name.as_str()) {
                    let breaks = if name == "br" { "\n" } else { "\n\n" };
                    let trimmed = out.trim_end_matches([' ', '\t']).len();
                    out.truncate(trimmed);
                    if !out.is_empty() && !out.ends_with(breaks) {
                        out.push_str(if out.ends_with('\n') && breaks == "\n\n" { "\n" } else { breaks });
                    }
                }
            }
        }
    }
    if hidden.is_none() {
        push_text(&mut out, rest);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// Appends text between tags: runs of white space become one space, references are decoded.
fn push_text(out: &mut String, raw: &str) {
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            while chars.peek().is_some_and(|(_, n)| n.is_whitespace()) {
                chars.next();
            }
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else if c == '&' {
            let tail = &raw[i + 1..];
            // A reference name is at most 10 bytes: look no further for its ';' (searching the
            // whole tail made a run of '&' without one quadratic).
            let semicolon = tail.bytes().take(11).position(|b| b == b';');
            match semicolon.and_then(|e| reference(&tail[..e]).map(|c| (e, c))) {
                Some((e, decoded)) => {
                    out.push(decoded);
                    for _ in 0..=e {
                        chars.next();
                    }
                }
                None => out.push('&'),
            }
        } else {
            out.push(c);
        }
    }
}

fn reference(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "euro" => '€',
        "pound" => '£',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_hidden_and_breaks_blocks() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body><h1>Head</h1>\n<p>One &ldquo;two&rdquo;<br>three</p><!-- c --><p>x&#233;&#x41;</p></body></html>";
        assert_eq!(visible_text(html), "Head\n\nOne “two”\nthree\n\nxéA");
    }

    #[test]
    fn broken_markup_does_not_panic() {
        assert_eq!(visible_text("a < b"), "a < b");
        assert_eq!(visible_text("<p>&amp"), "&amp");
        assert_eq!(visible_text("<script>never closed"), "");
    }
}

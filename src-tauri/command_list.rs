//! Reads the app's commands from their one declaration, the `#[tauri::command]` functions in
//! `src-tauri/src/commands.rs`. The build script derives the invoke handler and the command
//! permissions from it; `tests/commands.rs` derives the TypeScript client and checks the window's
//! capability. Adding a command is writing its function: nothing else is listed by hand.
//!
//! A small reader rather than a Rust parser: the declarations are plain `pub fn` / `pub async fn`
//! signatures, and a signature this reader cannot follow fails the build with its name.

/// One command as declared: its name, doc comment, arguments and return type, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandDecl {
    pub name: String,
    pub docs: Vec<String>,
    pub params: Vec<Param>,
    /// The return type as written (`()` when none is written).
    pub returns: String,
}

/// One argument: its Rust name and type as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub ty: String,
}

impl Param {
    /// Arguments that Tauri injects (state, app handle, window) rather than the caller's.
    pub fn is_injected(&self) -> bool {
        ["State<", "AppHandle", "Window", "Webview"]
            .iter()
            .any(|injected| self.ty.contains(injected))
    }
}

/// Every `#[tauri::command]` function in `source`, in the order declared.
pub fn parse_commands(source: &str) -> Result<Vec<CommandDecl>, String> {
    let mut commands = Vec::new();
    let mut docs: Vec<String> = Vec::new();
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if let Some(doc) = trimmed.strip_prefix("///") {
            docs.push(doc.strip_prefix(' ').unwrap_or(doc).to_string());
            continue;
        }
        if trimmed != "#[tauri::command]" {
            if !trimmed.starts_with("#[") {
                docs.clear();
            }
            continue;
        }
        // The signature runs from the next line to the `{` that opens the body.
        let mut signature = String::new();
        for next in lines.by_ref() {
            signature.push_str(next.trim());
            signature.push(' ');
            if signature_complete(&signature) {
                break;
            }
        }
        commands.push(parse_signature(&signature, std::mem::take(&mut docs))?);
    }
    Ok(commands)
}

/// True once the argument list is closed and the body's `{` follows.
fn signature_complete(text: &str) -> bool {
    match text.find('(').and_then(|open| closing_paren(text, open)) {
        Some(close) => text[close..].contains('{'),
        None => false,
    }
}

/// The index of the `)` matching the `(` at `open`.
fn closing_paren(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (index, c) in text.char_indices().skip_while(|(i, _)| *i < open) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
    }
    None
}

fn parse_signature(signature: &str, docs: Vec<String>) -> Result<CommandDecl, String> {
    let rest = signature
        .trim()
        .strip_prefix("pub ")
        .ok_or_else(|| format!("a command must be `pub`: {signature}"))?;
    let rest = rest.strip_prefix("async ").unwrap_or(rest);
    let rest = rest
        .strip_prefix("fn ")
        .ok_or_else(|| format!("not a function after #[tauri::command]: {signature}"))?;
    let open = rest
        .find('(')
        .ok_or_else(|| format!("no argument list: {signature}"))?;
    let name = rest[..open].trim().to_string();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!(
            "a command's name must be a plain identifier: {signature}"
        ));
    }
    let close =
        closing_paren(rest, open).ok_or_else(|| format!("unclosed argument list: {name}"))?;
    let params = split_top_level(&rest[open + 1..close])
        .into_iter()
        .map(|param| {
            let (param_name, ty) = param
                .split_once(':')
                .ok_or_else(|| format!("{name}: an argument without a type: {param}"))?;
            let param_name = param_name.trim().trim_start_matches("mut ").trim();
            Ok(Param {
                name: param_name.to_string(),
                ty: ty.trim().to_string(),
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let after = rest[close + 1..].trim();
    let body = after.rfind('{').ok_or_else(|| format!("{name}: no body"))?;
    let returns = match after[..body].trim().strip_prefix("->") {
        Some(ty) => ty.trim().to_string(),
        None => "()".to_string(),
    };
    Ok(CommandDecl {
        name,
        docs,
        params,
        returns,
    })
}

/// Splits on the commas that are not inside `<>`, `()` or `[]`; empty pieces are dropped.
fn split_top_level(list: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in list.chars() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                pieces.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    pieces.push(current);
    pieces
        .into_iter()
        .map(|piece| piece.trim().to_string())
        .filter(|piece| !piece.is_empty())
        .collect()
}

/// `set_context_field` → `setContextField`: the name Tauri expects for arguments, and the
/// client's method names.
pub fn camel_case(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `set_context_field` → `allow-set-context-field`: the permission tauri-build generates.
pub fn permission(name: &str) -> String {
    format!("allow-{}", name.replace('_', "-"))
}

//! Derives the invoke handler and the command permissions from the one declaration of the app's
//! commands, the `#[tauri::command]` functions in `src/commands.rs` (see `command_list.rs`).

#[path = "command_list.rs"]
#[allow(dead_code)] // the TypeScript generator in tests/commands.rs uses the rest
mod command_list;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=src/commands.rs");
    println!("cargo:rerun-if-changed=command_list.rs");
    let source = std::fs::read_to_string("src/commands.rs").expect("read src/commands.rs");
    let commands = command_list::parse_commands(&source)
        .unwrap_or_else(|problem| panic!("src/commands.rs: {problem}"));
    assert!(!commands.is_empty(), "src/commands.rs declares no command");

    // `tauri::generate_handler!` needs the names as paths; lib.rs includes this expression.
    let handler = format!(
        "tauri::generate_handler![\n{}]\n",
        commands
            .iter()
            .map(|command| format!("    commands::{},\n", command.name))
            .collect::<String>()
    );
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out_dir.join("invoke_handler.rs"), handler).expect("write invoke_handler.rs");

    // Only these commands exist for the webview; each gets an `allow-…` permission that the
    // main window's capability grants explicitly (tests/commands.rs checks the grant list).
    let names: &'static [&'static str] = Box::leak(
        commands
            .into_iter()
            .map(|command| &*Box::leak(command.name.into_boxed_str()))
            .collect::<Vec<&'static str>>()
            .into_boxed_slice(),
    );
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(names)),
    )
    .expect("failed to run tauri-build");
}

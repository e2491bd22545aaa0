//! The smallest Tauri 2 window: one static page, no commands, no plugins. The yardstick that
//! `bench-start` compares the app's start-up time and memory with.

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("error while running the minimal window");
}

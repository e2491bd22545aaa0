fn main() {
    // Only these commands exist for the webview; each gets an `allow-…` permission that the
    // main window's capability grants explicitly.
    let commands = &[
        "app_status",
        "get_template",
        "list_reviews",
        "create_review",
        "get_review",
        "review_report",
        "set_context_field",
        "set_answer",
        "set_rating",
        "set_area_text",
        "duplicate_review",
        "delete_review",
        "set_signoff_field",
        "get_paper",
        "set_paper",
        "export_pdf",
        "open_exported",
        "review_insights",
        "playbook_rules",
        "add_quote",
        "update_quote",
        "delete_quote",
        "compare_reviews",
        "copy_provider_questions",
        "export_review_file",
        "import_review_file",
        "list_backups",
        "restore_backup",
        "start_empty",
        "review_history",
        "list_trash",
        "restore_review",
        "purge_review",
        "backup_now",
        "help_content",
        "remember_place",
        "review_place",
        "forget_open_review",
        "open_review_place",
        "print_summary",
    ];
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("failed to run tauri-build");
}

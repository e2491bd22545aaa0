//! Tauri commands: parse, call the core, map errors to `ApiError`. Nothing else.

use crate::AppState;
use tauri::State;
use voip_review_core::contract::GuideItem as ContractFinderGuide;
use voip_review_core::contract::Reading as ContractReading;
use voip_review_core::dates::DateEntry;
use voip_review_core::deadlines::letter::NoticeLetter;
use voip_review_core::deadlines::{self, CalendarExport, ContractDeadlines, DeadlinesOverview};
use voip_review_core::display::HistoryEntry;
use voip_review_core::help::Help;
use voip_review_core::i18n::{Lang, msg, text};
use voip_review_core::input::Loose;
use voip_review_core::insights::playbook::rule_views_in;
use voip_review_core::insights::{Insights, ReviewComparison, RuleView, insights_in};
use voip_review_core::model::{
    AnswerValue, AppStatus, AreaTextField, ContextEdit, ExportResult, Paper, QuoteInput, Rating,
    Review, ReviewContext, ReviewId, ReviewListItem, SaveReceipt, SignOffEdit,
};
use voip_review_core::report::{ReviewReport, review_report as build_report};
use voip_review_core::store::{AcceptedValue, BackupInfo, ReviewPlace, TrashedReview};
use voip_review_core::{ApiError, ErrorCode, Store, Template, template};

type CommandResult<T> = Result<T, ApiError>;

type StoreSlot = Result<Store, ApiError>;

/// The store's slot, locked. A poisoned lock means an earlier command panicked mid-write.
fn lock_store<'a>(
    state: &'a State<'_, AppState>,
) -> CommandResult<std::sync::MutexGuard<'a, StoreSlot>> {
    state.store.lock().map_err(|_| ApiError {
        code: ErrorCode::Internal,
        message: "The store is unavailable after an earlier failure; restart the app.".into(),
        field: None,
    })
}

fn with_store<T>(
    state: &State<'_, AppState>,
    f: impl FnOnce(&mut Store) -> voip_review_core::Result<T>,
) -> CommandResult<T> {
    let mut guard = lock_store(state)?;
    match guard.as_mut() {
        Ok(store) => {
            f(store).map_err(|e| ApiError::in_lang(&e, interface_language_or_system(store)))
        }
        Err(err) => Err(err.clone()),
    }
}

/// The language the window speaks, for an error raised outside [`with_store`] (the store is
/// not locked there); the system's when the store cannot say.
fn window_language(state: &State<'_, AppState>) -> Lang {
    lock_store(state)
        .ok()
        .and_then(|guard| guard.as_ref().ok().and_then(|s| interface_language(s).ok()))
        .unwrap_or_else(Lang::from_system)
}

/// `err` as the window shows it, in the interface language.
fn shown(state: &State<'_, AppState>, err: &voip_review_core::Error) -> ApiError {
    ApiError::in_lang(err, window_language(state))
}

#[tauri::command]
pub fn app_status(state: State<'_, AppState>) -> AppStatus {
    crate::trace_start("command: app_status");
    let (error, backup_warning) = match state.store.lock() {
        Ok(guard) => match guard.as_ref() {
            Ok(store) => (None, store.backup_warning().map(str::to_owned)),
            Err(e) => (Some(e.clone()), None),
        },
        Err(_) => (None, None),
    };
    AppStatus {
        db_path: state.db_path.as_ref().map(|p| p.display().to_string()),
        error,
        backup_warning,
        version: env!("CARGO_PKG_VERSION").to_owned(),
    }
}

/// The template in the interface language.
#[tauri::command]
pub fn get_template(state: State<'_, AppState>) -> &'static Template {
    crate::trace_start("command: get_template");
    voip_review_core::template::template_in(window_language(&state))
}

#[tauri::command]
pub fn list_reviews(
    state: State<'_, AppState>,
    query: String,
) -> CommandResult<Vec<ReviewListItem>> {
    crate::trace_start("command: list_reviews");
    with_store(&state, |s| s.list_reviews(&query))
}

#[tauri::command]
pub fn create_review(
    state: State<'_, AppState>,
    context: Loose<ReviewContext>,
) -> CommandResult<ReviewId> {
    let context =
        voip_review_core::input::context(context.into_json()).map_err(|e| shown(&state, &e))?;
    // A new review's PDF is in the language the owner reads the app in.
    with_store(&state, |s| {
        let language = interface_language(s)?;
        s.create_review(&context, language)
    })
}

/// Every problem of the New review form at once (empty when it can be created).
#[tauri::command]
pub fn check_context(state: State<'_, AppState>, context: Loose<ReviewContext>) -> Vec<ApiError> {
    let lang = window_language(&state);
    match voip_review_core::input::context(context.into_json()) {
        Ok(context) => voip_review_core::validate::context_problems(&context)
            .iter()
            .map(|e| ApiError::in_lang(e, lang))
            .collect(),
        Err(e) => vec![ApiError::in_lang(&e, lang)],
    }
}

/// What a typed date means: the date, its two readings (3/1/2027), or the refusal.
#[tauri::command]
pub fn read_date(
    state: State<'_, AppState>,
    field: String,
    label: String,
    text: String,
) -> CommandResult<DateEntry> {
    voip_review_core::dates::entry(&field, label, &text).map_err(|e| shown(&state, &e))
}

#[tauri::command]
pub fn get_review(state: State<'_, AppState>, id: ReviewId) -> CommandResult<Review> {
    with_store(&state, |s| s.get_review(id))
}

#[tauri::command]
pub fn review_report(state: State<'_, AppState>, id: ReviewId) -> CommandResult<ReviewReport> {
    with_store(&state, |s| {
        let lang = interface_language(s)?;
        Ok(build_report(
            &s.get_review(id)?,
            voip_review_core::template::template_in(lang),
        ))
    })
}

/// Saves one field of the context (never the whole context, which the window may hold stale).
#[tauri::command]
pub fn set_context_field(
    state: State<'_, AppState>,
    id: ReviewId,
    edit: ContextEdit,
) -> CommandResult<SaveReceipt> {
    with_store(&state, |s| s.set_context_field(id, &edit))
}

#[tauri::command]
pub fn set_answer(
    state: State<'_, AppState>,
    id: ReviewId,
    question_id: String,
    value: Loose<Option<AnswerValue>>,
) -> CommandResult<SaveReceipt> {
    let value = voip_review_core::input::answer(&question_id, value.into_json())
        .map_err(|e| shown(&state, &e))?;
    with_store(&state, |s| s.set_answer(id, &question_id, value.as_ref()))
}

#[tauri::command]
pub fn set_rating(
    state: State<'_, AppState>,
    id: ReviewId,
    area_id: String,
    rating: Rating,
) -> CommandResult<SaveReceipt> {
    with_store(&state, |s| s.set_rating(id, &area_id, rating))
}

#[tauri::command]
pub fn set_area_text(
    state: State<'_, AppState>,
    id: ReviewId,
    area_id: String,
    field: AreaTextField,
    text: String,
) -> CommandResult<SaveReceipt> {
    with_store(&state, |s| s.set_area_text(id, &area_id, field, &text))
}

#[tauri::command]
pub fn duplicate_review(state: State<'_, AppState>, id: ReviewId) -> CommandResult<ReviewId> {
    with_store(&state, |s| s.duplicate_review(id))
}

#[tauri::command]
pub fn delete_review(state: State<'_, AppState>, id: ReviewId) -> CommandResult<()> {
    with_store(&state, |s| s.delete_review(id))
}

/// Saves one field of the sign-off sheet.
#[tauri::command]
pub fn set_signoff_field(
    state: State<'_, AppState>,
    id: ReviewId,
    edit: SignOffEdit,
) -> CommandResult<SaveReceipt> {
    with_store(&state, |s| s.set_signoff_field(id, &edit))
}

#[tauri::command]
pub fn get_paper(state: State<'_, AppState>) -> CommandResult<Paper> {
    with_store(&state, |s| {
        Ok(s.paper_setting()?.unwrap_or_else(Paper::from_locale))
    })
}

#[tauri::command]
pub fn set_paper(state: State<'_, AppState>, paper: Paper) -> CommandResult<()> {
    with_store(&state, |s| s.set_paper_setting(paper))
}

/// The interface's language: the one chosen, else the system's. Every command that returns words
/// for the window (the template, insights, messages) gives them in this language.
fn interface_language(store: &Store) -> voip_review_core::Result<Lang> {
    Ok(store.language_setting()?.unwrap_or_else(Lang::from_system))
}

/// [`interface_language`], or the system's when the setting cannot be read (for the window's
/// title and the first start's example, which must not stop the store from opening).
pub(crate) fn interface_language_or_system(store: &Store) -> Lang {
    interface_language(store).unwrap_or_else(|_| Lang::from_system())
}

/// Never fails: when the store cannot be opened (a damaged database, say), the window still
/// needs words to say so, in the system's language.
#[tauri::command]
pub fn get_language(state: State<'_, AppState>) -> Lang {
    crate::trace_start("command: get_language");
    window_language(&state)
}

/// Stores the interface language and titles the window in it.
#[tauri::command]
pub fn set_language(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    lang: Lang,
) -> CommandResult<()> {
    with_store(&state, |s| s.set_language_setting(lang))?;
    crate::title_window(&app, lang);
    Ok(())
}

/// In tests, a path here replaces the save dialog (which WebDriver cannot drive).
const EXPORT_PATH_ENV: &str = "VOIP_REVIEW_EXPORT_PATH";

/// The path that replaces a native dialog in the end-to-end tests. Only a build with the
/// `e2e-hooks` feature reads these variables; any other build always shows the dialog, so
/// nothing in the environment can make the app write or read a file the user did not choose.
fn dialog_bypass(variable: &str) -> Option<std::path::PathBuf> {
    bypass_path(variable, |name| std::env::var_os(name))
}

fn bypass_path(
    variable: &str,
    read: impl Fn(&str) -> Option<std::ffi::OsString>,
) -> Option<std::path::PathBuf> {
    if cfg!(feature = "e2e-hooks") {
        read(variable)
            .filter(|p| !p.is_empty())
            .map(std::path::PathBuf::from)
    } else {
        None
    }
}

/// Refuses a target inside the app's own data folder (the database and its backups live there).
fn refuse_data_folder(state: &AppState, target: &std::path::Path) -> CommandResult<()> {
    if let Some(data_folder) = state.db_path.as_deref().and_then(std::path::Path::parent) {
        voip_review_core::paths::refuse_export_into_data_folder(target, data_folder)?;
    }
    Ok(())
}

/// Asks where to save (native dialog, which confirms replacing a file), renders the PDF and
/// writes it atomically. `None` when the user cancels the dialog.
#[tauri::command]
pub async fn export_pdf(
    app: tauri::AppHandle,
    id: ReviewId,
    paper: Paper,
) -> CommandResult<Option<ExportResult>> {
    use tauri::Manager;
    let state = app.state::<AppState>();
    let review = with_store(&state, |s| s.get_review(id))?;
    let today = chrono::Local::now().date_naive();
    let file_name = voip_review_core::files::pdf_file_name(&review, today);

    let lang = window_language(&state);
    let Some((path, overwrite)) = save_location(
        &app,
        EXPORT_PATH_ENV,
        &text(lang, msg::SHELL_DIALOG_EXPORT_PDF),
        &file_name,
        (&text(lang, msg::SHELL_FILTER_PDF), "pdf"),
    )?
    else {
        return Ok(None);
    };

    let options = voip_review_core::pdf::PdfOptions {
        paper,
        generated_at: chrono::Utc::now(),
    };
    refuse_data_folder(&state, &path)?;
    let pdf = voip_review_core::pdf::render_review(&review, template(), &options)
        .map_err(|e| shown(&state, &e))?;
    voip_review_core::files::write_file_atomically(&path, &pdf.bytes, overwrite)
        .map_err(|e| shown(&state, &e))?;
    if let Ok(mut exported) = state.exported.lock() {
        exported.push(path.clone());
    }
    Ok(Some(ExportResult {
        path: path.display().to_string(),
        pages: pdf.pages as u32,
        bytes: pdf.bytes.len() as u64,
        fingerprint: pdf.fingerprint,
        missing_characters: pdf.missing_characters.iter().collect(),
    }))
}

/// Where to save a file: the test build's stand-in path (never replacing a file), else the
/// native save dialog titled `title` and opened in the Documents folder, which itself asks
/// before replacing a file. `None` when the owner cancels. The second value says whether an
/// existing file may be replaced.
fn save_location(
    app: &tauri::AppHandle,
    bypass_variable: &str,
    title: &str,
    file_name: &str,
    (filter_name, extension): (&str, &str),
) -> CommandResult<Option<(std::path::PathBuf, bool)>> {
    use tauri_plugin_dialog::DialogExt;
    if let Some(path) = dialog_bypass(bypass_variable) {
        return Ok(Some((path, false)));
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(filter_name, &[extension]);
    if let Some(docs) = dirs_for_dialog(app) {
        dialog = dialog.set_directory(docs);
    }
    match dialog.blocking_save_file() {
        Some(chosen) => Ok(Some((chosen_path(chosen)?, true))),
        None => Ok(None),
    }
}

fn dirs_for_dialog(app: &tauri::AppHandle) -> Option<std::path::PathBuf> {
    use tauri::Manager;
    app.path().document_dir().ok().filter(|d| d.is_dir())
}

/// Opens a PDF this session exported in the user's default viewer.
#[tauri::command]
pub async fn open_exported(state: State<'_, AppState>, path: String) -> CommandResult<()> {
    let allowed = state
        .exported
        .lock()
        .map(|list| list.iter().any(|p| p.display().to_string() == path))
        .unwrap_or(false);
    if !allowed {
        return Err(ApiError {
            code: ErrorCode::Invalid,
            message: "Only a PDF exported in this session can be opened from here.".into(),
            field: None,
        });
    }
    // The launcher's exit status is read (up to a few seconds), off the async runtime.
    let target = std::path::PathBuf::from(&path);
    let opened = tauri::async_runtime::spawn_blocking(move || crate::viewer::open(&target))
        .await
        .unwrap_or_else(|e| Err(format!("the opener stopped: {e}")));
    opened.map_err(|why| ApiError {
        code: ErrorCode::Io,
        message: format!(
            "The PDF is saved at {path}, but no PDF viewer could be opened ({why}). Open it \
             from that folder."
        ),
        field: None,
    })
}

#[tauri::command]
pub fn review_insights(state: State<'_, AppState>, id: ReviewId) -> CommandResult<Insights> {
    let today = chrono::Local::now().date_naive();
    with_store(&state, |s| {
        Ok(insights_in(
            &s.get_review(id)?,
            Some(today),
            interface_language(s)?,
        ))
    })
}

#[tauri::command]
pub fn playbook_rules(state: State<'_, AppState>) -> CommandResult<Vec<RuleView>> {
    with_store(&state, |s| Ok(rule_views_in(interface_language(s)?)))
}

#[tauri::command]
pub fn add_quote(
    state: State<'_, AppState>,
    id: ReviewId,
    quote: Loose<QuoteInput>,
) -> CommandResult<SaveReceipt> {
    let quote = voip_review_core::input::quote(quote.into_json()).map_err(|e| shown(&state, &e))?;
    with_store(&state, |s| s.add_quote(id, &quote))
}

#[tauri::command]
pub fn update_quote(
    state: State<'_, AppState>,
    id: ReviewId,
    quote_id: i64,
    quote: Loose<QuoteInput>,
) -> CommandResult<SaveReceipt> {
    let quote = voip_review_core::input::quote(quote.into_json()).map_err(|e| shown(&state, &e))?;
    with_store(&state, |s| s.update_quote(id, quote_id, &quote))
}

#[tauri::command]
pub fn delete_quote(
    state: State<'_, AppState>,
    id: ReviewId,
    quote_id: i64,
) -> CommandResult<SaveReceipt> {
    with_store(&state, |s| s.delete_quote(id, quote_id))
}

#[tauri::command]
pub fn compare_reviews(
    state: State<'_, AppState>,
    ids: Vec<ReviewId>,
) -> CommandResult<ReviewComparison> {
    let today = chrono::Local::now().date_naive();
    with_store(&state, |s| {
        voip_review_core::insights::compare::compare_stored_in(
            s,
            &ids,
            today,
            interface_language(s)?,
        )
    })
}

/// Puts the review's questions for the provider on the clipboard, as plain text. Done in Rust
/// so the webview needs no clipboard permission.
#[tauri::command]
pub fn copy_provider_questions(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: ReviewId,
) -> CommandResult<u32> {
    use tauri_plugin_clipboard_manager::ClipboardExt;
    let found = with_store(&state, |s| {
        Ok(insights_in(
            &s.get_review(id)?,
            None,
            interface_language(s)?,
        ))
    })?;
    app.clipboard()
        .write_text(found.provider_questions_text)
        .map_err(|e| ApiError {
            code: ErrorCode::Internal,
            message: format!("Could not write to the clipboard: {e}"),
            field: None,
        })?;
    Ok(found.provider_questions.len() as u32)
}

/// Set by the end-to-end tests to skip the native dialogs of review files (see `dialog_bypass`).
const REVIEW_FILE_EXPORT_ENV: &str = "VOIP_REVIEW_EXPORT_JSON_PATH";
const REVIEW_FILE_IMPORT_ENV: &str = "VOIP_REVIEW_IMPORT_PATH";

fn chosen_path(chosen: tauri_plugin_dialog::FilePath) -> CommandResult<std::path::PathBuf> {
    chosen.into_path().map_err(|e| ApiError {
        code: ErrorCode::Io,
        message: format!("The chosen location cannot be used: {e}"),
        field: None,
    })
}

/// Saves a review as a review file (JSON); returns the path, or null when the user cancels.
#[tauri::command]
pub async fn export_review_file(
    app: tauri::AppHandle,
    id: ReviewId,
) -> CommandResult<Option<String>> {
    use tauri::Manager;
    let state = app.state::<AppState>();
    let review = with_store(&state, |s| s.get_review(id))?;
    let today = chrono::Local::now().date_naive();
    let file_name = voip_review_core::files::review_file_name(&review, today);
    let lang = window_language(&state);
    let Some((path, overwrite)) = save_location(
        &app,
        REVIEW_FILE_EXPORT_ENV,
        &text(lang, msg::SHELL_DIALOG_EXPORT_REVIEW_FILE),
        &file_name,
        (&text(lang, msg::SHELL_FILTER_REVIEW_FILE), "json"),
    )?
    else {
        return Ok(None);
    };
    refuse_data_folder(&state, &path)?;
    let contract = with_store(&state, |s| s.contract(id))?;
    let bytes =
        voip_review_core::review_file::export_with_contract(&review, &contract, chrono::Utc::now());
    voip_review_core::files::write_file_atomically(&path, &bytes, overwrite)
        .map_err(|e| shown(&state, &e))?;
    Ok(Some(path.display().to_string()))
}

/// Imports a review file chosen in the native dialog as a new review; returns its id once
/// committed, or null when the user cancels. Nothing is written when the file is refused.
#[tauri::command]
pub async fn import_review_file(app: tauri::AppHandle) -> CommandResult<Option<ReviewId>> {
    use tauri::Manager;
    use tauri_plugin_dialog::DialogExt;
    let path = match dialog_bypass(REVIEW_FILE_IMPORT_ENV) {
        Some(path) => path,
        None => {
            let lang = window_language(&app.state::<AppState>());
            let mut dialog = app
                .dialog()
                .file()
                .set_title(text(lang, msg::SHELL_DIALOG_IMPORT_REVIEW_FILE))
                .add_filter(text(lang, msg::SHELL_FILTER_REVIEW_FILE), &["json"]);
            if let Some(docs) = dirs_for_dialog(&app) {
                dialog = dialog.set_directory(docs);
            }
            let Some(chosen) = dialog.blocking_pick_file() else {
                return Ok(None);
            };
            chosen_path(chosen)?
        }
    };
    let state = app.state::<AppState>();
    let bytes = voip_review_core::review_file::read_file(&path).map_err(|e| shown(&state, &e))?;
    let (review, contract) = voip_review_core::review_file::parse_with_contract(&bytes)
        .map_err(|e| shown(&state, &e))?;
    with_store(&state, |s| {
        s.insert_review_with_contract(&review, &contract)
    })
    .map(Some)
}

#[tauri::command]
pub fn list_backups(state: State<'_, AppState>) -> CommandResult<Vec<BackupInfo>> {
    let db = state.db_path.as_ref().ok_or_else(no_data_folder)?;
    voip_review_core::store::list_backups(db).map_err(|e| shown(&state, &e))
}

fn no_data_folder() -> ApiError {
    ApiError {
        code: ErrorCode::DatabaseOpen,
        message: "No data folder could be found for this user.".into(),
        field: None,
    }
}

/// Replaces the database with one of its automatic backups (only a path from `list_backups`
/// is accepted), then reopens it. The current database is backed up first. Paced in Rust.
#[tauri::command]
pub fn restore_backup(state: State<'_, AppState>, path: String) -> CommandResult<()> {
    let db = state.db_path.clone().ok_or_else(no_data_folder)?;
    // `restore` itself accepts only one of this database's backups.
    pace(&state.restore_pace)?;
    let mut guard = lock_store(&state)?;
    // Close the current connection before its file is replaced.
    *guard = Err(ApiError {
        code: ErrorCode::DatabaseOpen,
        message: "A backup is being restored.".into(),
        field: None,
    });
    let restored = voip_review_core::store::restore(&db, std::path::Path::new(&path));
    *guard = Store::open(&db).map_err(ApiError::from);
    restored?;
    guard.as_ref().map(|_| ()).map_err(Clone::clone)
}

/// After a damaged database was moved aside: open a new, empty one in its place.
#[tauri::command]
pub fn start_empty(state: State<'_, AppState>) -> CommandResult<()> {
    let db = state.db_path.clone().ok_or_else(no_data_folder)?;
    let mut guard = lock_store(&state)?;
    if guard.is_ok() {
        return Ok(());
    }
    *guard = Store::open(&db).map_err(ApiError::from);
    guard.as_ref().map(|_| ()).map_err(Clone::clone)
}

#[tauri::command]
pub fn review_history(
    state: State<'_, AppState>,
    id: ReviewId,
) -> CommandResult<Vec<HistoryEntry>> {
    with_store(&state, |s| {
        let lang = interface_language(s)?;
        voip_review_core::display::recent_history_in(s, id, lang)
    })
}

#[tauri::command]
pub fn list_trash(state: State<'_, AppState>) -> CommandResult<Vec<TrashedReview>> {
    with_store(&state, |s| s.list_trash())
}

#[tauri::command]
pub fn restore_review(state: State<'_, AppState>, id: ReviewId) -> CommandResult<()> {
    with_store(&state, |s| s.restore_review(id))
}

/// Deletes a trashed review for good. Paced in Rust, like restores.
#[tauri::command]
pub fn purge_review(state: State<'_, AppState>, id: ReviewId) -> CommandResult<()> {
    pace(&state.purge_pace)?;
    with_store(&state, |s| s.purge_review(id))
}

/// Takes a backup now, because the owner asked ("Back up now"); returns it for the list.
#[tauri::command]
pub fn backup_now(state: State<'_, AppState>) -> CommandResult<BackupInfo> {
    with_store(&state, |s| s.backup_on_request())
}

/// The offline help, built from the template, the playbook and the figures' explanations.
#[tauri::command]
pub fn help_content(state: State<'_, AppState>) -> Help {
    let lang = window_language(&state);
    voip_review_core::help::help_in(voip_review_core::template::template_in(lang), lang)
}

/// Records the page review `id` is open on, so it reopens there (even after a restart).
#[tauri::command]
pub fn remember_place(state: State<'_, AppState>, id: ReviewId, page: String) -> CommandResult<()> {
    with_store(&state, |s| s.remember_place(id, &page))
}

/// The page review `id` was last shown on, if any.
#[tauri::command]
pub fn review_place(state: State<'_, AppState>, id: ReviewId) -> CommandResult<Option<String>> {
    with_store(&state, |s| s.review_place(id))
}

/// The owner went back to the list: the next start opens the list.
#[tauri::command]
pub fn forget_open_review(state: State<'_, AppState>) -> CommandResult<()> {
    with_store(&state, |s| s.forget_open_review())
}

/// The review open when the app last closed, with its page; null when the list was shown.
#[tauri::command]
pub fn open_review_place(state: State<'_, AppState>) -> CommandResult<Option<ReviewPlace>> {
    crate::trace_start("command: open_review_place");
    with_store(&state, |s| s.open_review_place())
}

/// Ctrl+P: renders the review's PDF (summary first) into the app's cache folder and opens it
/// in the system's PDF viewer, which prints it. The webview's own `window.print()` is not used:
/// in the app's WebKitGTK window it returns at once and opens no print dialog (tried under the
/// end-to-end harness), and it would print the screen, not the summary.
#[tauri::command]
pub async fn print_summary(
    app: tauri::AppHandle,
    id: ReviewId,
    paper: Paper,
) -> CommandResult<String> {
    use tauri::Manager;
    let state = app.state::<AppState>();
    let review = with_store(&state, |s| s.get_review(id))?;
    let folder = app
        .path()
        .app_cache_dir()
        .map_err(|e| ApiError {
            code: ErrorCode::Io,
            message: format!("No cache folder to print from: {e}"),
            field: None,
        })?
        .join("print");
    voip_review_core::files::create_private_dir_all(&folder).map_err(|e| shown(&state, &e))?;
    let today = chrono::Local::now().date_naive();
    let path = folder.join(voip_review_core::files::pdf_file_name(&review, today));
    let options = voip_review_core::pdf::PdfOptions {
        paper,
        generated_at: chrono::Utc::now(),
    };
    let pdf = voip_review_core::pdf::render_review(&review, template(), &options)
        .map_err(|e| shown(&state, &e))?;
    voip_review_core::files::write_file_atomically(&path, &pdf.bytes, true)
        .map_err(|e| shown(&state, &e))?;
    let shown = path.display().to_string();
    // The launcher's exit status is read (up to a few seconds), off the async runtime.
    let opened = tauri::async_runtime::spawn_blocking(move || crate::viewer::open(&path))
        .await
        .unwrap_or_else(|e| Err(format!("the opener stopped: {e}")));
    opened.map_err(|why| ApiError {
        code: ErrorCode::Io,
        message: format!(
            "The PDF is saved at {shown}, but no PDF viewer could be opened ({why}). Open it \
             from that folder to print it."
        ),
        field: None,
    })?;
    Ok(shown)
}

/// Counts one destructive command against its pace, or refuses it.
fn pace(slot: &std::sync::Mutex<voip_review_core::store::Pace>) -> CommandResult<()> {
    let mut pace = slot.lock().map_err(|_| ApiError {
        code: ErrorCode::Internal,
        message: "The app is unavailable after an earlier failure; restart it.".into(),
        field: None,
    })?;
    pace.allow(std::time::Instant::now())
        .map_err(ApiError::from)
}

/// In tests, paths here replace the save dialogs of the calendar file and the notice letter.
const CALENDAR_EXPORT_ENV: &str = "VOIP_REVIEW_ICS_EXPORT_PATH";
const LETTER_EXPORT_ENV: &str = "VOIP_REVIEW_LETTER_EXPORT_PATH";

/// Marks a review's contract as signed on `date` (any form the date fields read), or unmarks
/// it with null. Returns the save receipt; the history records the change.
/// The language of the review's sign-off PDF and notice letter.
#[tauri::command]
pub fn set_review_language(
    state: State<'_, AppState>,
    id: ReviewId,
    language: Lang,
) -> CommandResult<SaveReceipt> {
    with_store(&state, |s| s.set_review_language(id, language))
}

#[tauri::command]
pub fn set_signed(
    state: State<'_, AppState>,
    id: ReviewId,
    date: Option<String>,
) -> CommandResult<SaveReceipt> {
    with_store(&state, |s| s.set_signed(id, date.as_deref()))
}

/// The home screen's "Upcoming deadlines": every signed contract's deadlines from today on,
/// overdue notice deadlines included, soonest first.
#[tauri::command]
pub fn upcoming_deadlines(state: State<'_, AppState>) -> CommandResult<DeadlinesOverview> {
    let today = chrono::Local::now().date_naive();
    with_store(&state, |s| {
        let lang = interface_language(s)?;
        deadlines::overview_in(s, today, lang)
    })
}

/// Every dated event of one signed review, seen from today.
#[tauri::command]
pub fn contract_deadlines(
    state: State<'_, AppState>,
    id: ReviewId,
) -> CommandResult<ContractDeadlines> {
    let today = chrono::Local::now().date_naive();
    with_store(&state, |s| {
        let lang = interface_language(s)?;
        Ok(deadlines::contract_deadlines_in(
            &s.get_review(id)?,
            today,
            lang,
        ))
    })
}

/// Asks where to save (native dialog) and writes the deadlines of one signed contract (`id`),
/// or of all of them (null), as an iCalendar file. Null when the user cancels.
#[tauri::command]
pub async fn export_calendar(
    app: tauri::AppHandle,
    id: Option<ReviewId>,
) -> CommandResult<Option<CalendarExport>> {
    use tauri::Manager;
    let state = app.state::<AppState>();
    let today = chrono::Local::now().date_naive();
    // Each contract's events in its review's language (as its PDF and letter); the window's
    // refusal in the interface language.
    let (contracts, file_name, lang) = with_store(&state, |s| {
        let lang = interface_language(s)?;
        Ok(match id {
            Some(id) => {
                let review = s.get_review(id)?;
                let name = voip_review_core::files::export_file_name(
                    &review,
                    today,
                    voip_review_core::files::ExportDocument::Calendar,
                );
                (
                    vec![deadlines::calendar_contract(&review, today)],
                    name,
                    lang,
                )
            }
            None => (
                deadlines::all_calendar_contracts(s, today)?,
                voip_review_core::files::all_deadlines_file_name(today, lang),
                lang,
            ),
        })
    })?;
    // Refused before the dialog opens when there is nothing to write.
    let each: Vec<_> = contracts.iter().map(|(c, l)| (c, *l)).collect();
    let (calendar, events) = deadlines::calendar_for_each(&each, chrono::Utc::now(), lang)
        .map_err(|e| ApiError::in_lang(&e, lang))?;
    let Some((path, overwrite)) = save_location(
        &app,
        CALENDAR_EXPORT_ENV,
        &text(lang, msg::SHELL_DIALOG_CALENDAR),
        &file_name,
        (&text(lang, msg::SHELL_FILTER_CALENDAR), "ics"),
    )?
    else {
        return Ok(None);
    };
    refuse_data_folder(&state, &path)?;
    voip_review_core::files::write_file_atomically(&path, calendar.as_bytes(), overwrite)
        .map_err(|e| shown(&state, &e))?;
    if let Ok(mut exported) = state.exported.lock() {
        exported.push(path.clone());
    }
    Ok(Some(CalendarExport {
        path: path.display().to_string(),
        events,
        contracts: contracts.len() as u32,
    }))
}

/// The notice letter of a signed review, seen from today: its text to copy, the end date it
/// asks for and the last day it must arrive.
#[tauri::command]
pub fn notice_letter(state: State<'_, AppState>, id: ReviewId) -> CommandResult<NoticeLetter> {
    let today = chrono::Local::now().date_naive();
    with_store(&state, |s| {
        let review = s.get_review(id)?;
        // The letter in the review's language, its reminder and refusals (and the missing
        // inputs they name) in the interface language.
        let lang = interface_language(s)?;
        let found = deadlines::contract_deadlines_in(&review, today, lang);
        deadlines::letter::notice_letter_in(&review, &found, today, lang)
    })
}

/// Puts the notice letter's plain text on the clipboard, ready to paste into an email.
#[tauri::command]
pub fn copy_notice_letter(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: ReviewId,
) -> CommandResult<()> {
    use tauri_plugin_clipboard_manager::ClipboardExt;
    let today = chrono::Local::now().date_naive();
    let letter = with_store(&state, |s| {
        let review = s.get_review(id)?;
        // The letter in the review's language, its reminder and refusals (and the missing
        // inputs they name) in the interface language.
        let lang = interface_language(s)?;
        let found = deadlines::contract_deadlines_in(&review, today, lang);
        deadlines::letter::notice_letter_in(&review, &found, today, lang)
    })?;
    app.clipboard()
        .write_text(letter.text)
        .map_err(|e| ApiError {
            code: ErrorCode::Internal,
            message: format!("Could not write to the clipboard: {e}"),
            field: None,
        })
}

/// Asks where to save (native dialog) and writes the notice letter as a PDF on `paper`. Null
/// when the user cancels.
#[tauri::command]
pub async fn export_notice_letter(
    app: tauri::AppHandle,
    id: ReviewId,
    paper: Paper,
) -> CommandResult<Option<ExportResult>> {
    use tauri::Manager;
    let state = app.state::<AppState>();
    let today = chrono::Local::now().date_naive();
    let (review, letter) = with_store(&state, |s| {
        let review = s.get_review(id)?;
        // The letter in the review's language, its refusals (and the missing inputs they name)
        // in the interface language.
        let lang = interface_language(s)?;
        let found = deadlines::contract_deadlines_in(&review, today, lang);
        let letter = deadlines::letter::notice_letter_in(&review, &found, today, lang)?;
        Ok((review, letter))
    })?;
    let file_name = voip_review_core::files::export_file_name(
        &review,
        today,
        voip_review_core::files::ExportDocument::NoticeLetter,
    );
    let lang = window_language(&state);
    let Some((path, overwrite)) = save_location(
        &app,
        LETTER_EXPORT_ENV,
        &text(lang, msg::SHELL_DIALOG_NOTICE_LETTER),
        &file_name,
        (&text(lang, msg::SHELL_FILTER_PDF), "pdf"),
    )?
    else {
        return Ok(None);
    };
    refuse_data_folder(&state, &path)?;
    let options = voip_review_core::pdf::PdfOptions {
        paper,
        generated_at: chrono::Utc::now(),
    };
    let (bytes, pages, missing_characters) =
        voip_review_core::pdf::render_letter(&letter, &options, review.language)?;
    voip_review_core::files::write_file_atomically(&path, &bytes, overwrite)?;
    if let Ok(mut exported) = state.exported.lock() {
        exported.push(path.clone());
    }
    Ok(Some(ExportResult {
        path: path.display().to_string(),
        pages: pages as u32,
        bytes: bytes.len() as u64,
        fingerprint: voip_review_core::fingerprint::fingerprint(&review),
        missing_characters,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dialog_bypass_works_only_in_the_test_build() {
        let planted = |_: &str| Some(std::ffi::OsString::from("/tmp/planted.pdf"));
        let bypass = bypass_path(EXPORT_PATH_ENV, planted);
        if cfg!(feature = "e2e-hooks") {
            assert_eq!(bypass, Some(std::path::PathBuf::from("/tmp/planted.pdf")));
        } else {
            assert_eq!(bypass, None, "a release build must always show the dialog");
        }
    }
}

/// Set by the end-to-end tests to skip the native dialog of "Read contract…": the files to
/// read, separated like PATH entries (see `dialog_bypass`).
const CONTRACT_PATHS_ENV: &str = "VOIP_REVIEW_CONTRACT_PATHS";

/// Set by "Cancel" while a contract is being read; each reading clears it when it starts.
static CONTRACT_CANCELLED: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Reads the named files on a background thread (the window keeps responding), sending
/// `contract-progress` events; stores the documents with review `id` once read. `None` when
/// the owner cancelled: nothing is stored then.
async fn read_and_store(
    app: tauri::AppHandle,
    id: ReviewId,
    files: Vec<(String, Vec<u8>)>,
) -> CommandResult<Option<ContractReading>> {
    use std::sync::atomic::Ordering;
    use tauri::{Emitter, Manager};
    CONTRACT_CANCELLED.store(false, Ordering::SeqCst);
    let emitter = app.clone();
    let lang = window_language(&app.state::<AppState>());
    let reading = tauri::async_runtime::spawn_blocking(move || {
        voip_review_core::contract::read_files(&files, lang, &CONTRACT_CANCELLED, &mut |progress| {
            // A progress event the window missed only leaves the bar behind for a moment.
            let _ = emitter.emit("contract-progress", progress);
        })
    })
    .await
    .map_err(|e| ApiError {
        code: ErrorCode::Internal,
        message: format!("Reading the contract stopped unexpectedly: {e}"),
        field: None,
    })??;
    let Some(reading) = reading else {
        return Ok(None);
    };
    let state = app.state::<AppState>();
    with_store(&state, |s| s.save_contract(id, &reading.documents))?;
    Ok(Some(reading))
}

/// "Read contract…": the native dialog for one or more files (PDF, DOCX, text), read as one
/// contract. `None` when the owner cancels the dialog or the reading.
#[tauri::command]
pub async fn read_contract_files(
    app: tauri::AppHandle,
    id: ReviewId,
) -> CommandResult<Option<ContractReading>> {
    use tauri::Manager;
    use tauri_plugin_dialog::DialogExt;
    let paths: Vec<std::path::PathBuf> = match dialog_bypass(CONTRACT_PATHS_ENV) {
        Some(joined) => std::env::split_paths(&joined).collect(),
        None => {
            let lang = window_language(&app.state::<AppState>());
            let mut dialog = app
                .dialog()
                .file()
                .set_title(text(lang, msg::SHELL_DIALOG_READ_CONTRACT))
                .add_filter(
                    text(lang, msg::SHELL_FILTER_CONTRACT),
                    &["pdf", "docx", "txt", "text", "md"],
                );
            if let Some(docs) = dirs_for_dialog(&app) {
                dialog = dialog.set_directory(docs);
            }
            let Some(chosen) = dialog.blocking_pick_files() else {
                return Ok(None);
            };
            chosen
                .into_iter()
                .map(chosen_path)
                .collect::<CommandResult<_>>()?
        }
    };
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let too_big = std::fs::metadata(&path)
            .is_ok_and(|m| m.len() > voip_review_core::contract::MAX_FILE_BYTES as u64);
        if too_big {
            return Err(voip_review_core::Error::invalid(
                "contract.file",
                name,
                format!(
                    "cannot be read: it is larger than the {} MB a contract file may be. Nothing was changed.",
                    voip_review_core::contract::MAX_FILE_BYTES / 1_000_000
                ),
            )
            .into());
        }
        let bytes = std::fs::read(&path).map_err(|source| voip_review_core::Error::Io {
            context: voip_review_core::i18n::msg::ERROR_IO_READ_CONTRACT,
            path: path.clone(),
            source,
        })?;
        files.push((name, bytes));
    }
    read_and_store(app, id, files).await
}

/// "Paste text": the pasted contract read like a file.
#[tauri::command]
pub async fn read_contract_text(
    app: tauri::AppHandle,
    id: ReviewId,
    text: String,
) -> CommandResult<Option<ContractReading>> {
    use tauri::Manager;
    // Named in the window's language, as the reading's labels.
    let name = voip_review_core::i18n::text(
        window_language(&app.state::<AppState>()),
        msg::CONTRACT_PASTED_TEXT,
    );
    // Checked before the thread starts, so an empty paste is answered at once.
    voip_review_core::contract::pasted_document(&name, &text)?;
    read_and_store(app, id, vec![(name, text.into_bytes())]).await
}

/// The contract stored with review `id`, searched again (the finder may have improved since it
/// was read); `None` when no contract was read for it.
#[tauri::command]
pub fn contract_reading(
    state: State<'_, AppState>,
    id: ReviewId,
) -> CommandResult<Option<ContractReading>> {
    let documents = with_store(&state, |s| s.contract(id))?;
    let lang = window_language(&state);
    Ok((!documents.is_empty()).then(|| voip_review_core::contract::read_in(documents, lang)))
}

/// Stops the contract being read; the reading returns `None` and stores nothing.
#[tauri::command]
pub fn cancel_contract_reading() {
    CONTRACT_CANCELLED.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// Writes the values the owner accepted from the contract (answers, the area's clause
/// reference and quoted clause), recorded in the history as coming from the contract.
#[tauri::command]
pub fn accept_contract_values(
    state: State<'_, AppState>,
    id: ReviewId,
    values: Vec<AcceptedValue>,
) -> CommandResult<SaveReceipt> {
    with_store(&state, |s| s.accept_from_contract(id, &values))
}

/// What the contract reader looks for, question by question.
#[tauri::command]
pub fn contract_finder_guide(state: State<'_, AppState>) -> Vec<ContractFinderGuide> {
    voip_review_core::contract::guide_in(window_language(&state)).to_vec()
}

//! Tauri commands: parse, call the core, map errors to `ApiError`. Nothing else.

use crate::AppState;
use tauri::State;
use voip_review::model::{
    AnswerValue, AppStatus, AreaTextField, Rating, Review, ReviewContext, ReviewId, ReviewListItem,
    SaveReceipt,
};
use voip_review::report::{ReviewReport, review_report as build_report};
use voip_review::{ApiError, ErrorCode, Store, Template, template};

type CommandResult<T> = Result<T, ApiError>;

fn with_store<T>(
    state: &State<'_, AppState>,
    f: impl FnOnce(&mut Store) -> voip_review::Result<T>,
) -> CommandResult<T> {
    let mut guard = state.store.lock().map_err(|_| ApiError {
        code: ErrorCode::Internal,
        message: "The store is unavailable after an earlier failure; restart the app.".into(),
        field: None,
    })?;
    match guard.as_mut() {
        Ok(store) => f(store).map_err(ApiError::from),
        Err(err) => Err(err.clone()),
    }
}

#[tauri::command]
pub fn app_status(state: State<'_, AppState>) -> AppStatus {
    let error = match state.store.lock() {
        Ok(guard) => guard.as_ref().err().cloned(),
        Err(_) => None,
    };
    AppStatus {
        db_path: state.db_path.as_ref().map(|p| p.display().to_string()),
        error,
        version: env!("CARGO_PKG_VERSION").to_owned(),
    }
}

#[tauri::command]
pub fn get_template() -> &'static Template {
    template()
}

#[tauri::command]
pub fn list_reviews(
    state: State<'_, AppState>,
    query: String,
) -> CommandResult<Vec<ReviewListItem>> {
    with_store(&state, |s| s.list_reviews(&query))
}

#[tauri::command]
pub fn create_review(
    state: State<'_, AppState>,
    context: ReviewContext,
) -> CommandResult<ReviewId> {
    with_store(&state, |s| s.create_review(&context))
}

#[tauri::command]
pub fn get_review(state: State<'_, AppState>, id: ReviewId) -> CommandResult<Review> {
    with_store(&state, |s| s.get_review(id))
}

#[tauri::command]
pub fn review_report(state: State<'_, AppState>, id: ReviewId) -> CommandResult<ReviewReport> {
    with_store(&state, |s| Ok(build_report(&s.get_review(id)?, template())))
}

#[tauri::command]
pub fn update_context(
    state: State<'_, AppState>,
    id: ReviewId,
    context: ReviewContext,
) -> CommandResult<SaveReceipt> {
    with_store(&state, |s| s.update_context(id, &context))
}

#[tauri::command]
pub fn set_answer(
    state: State<'_, AppState>,
    id: ReviewId,
    question_id: String,
    value: Option<AnswerValue>,
) -> CommandResult<SaveReceipt> {
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

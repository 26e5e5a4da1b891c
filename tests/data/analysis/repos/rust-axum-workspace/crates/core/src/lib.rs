pub async fn resolve() -> &'static str {
    let base = std::env::var("PUBLIC_BASE_URL").unwrap_or_default();
    if base.is_empty() { "/" } else { "redirect" }
}

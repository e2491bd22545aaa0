# 命令行 `calc` 和 `read-contract` 的输出及其自身的拒绝理由（cli/），用 --lang 或区域设置的语言；
# JSON 输出从不翻译。由 zh-words 部分维护。

## 命令行参数的拒绝理由。
cli-refuse-label-review = 审查
cli-refuse-not-signed = 审查 { $id } 尚未标记为已签署；请用 `voip-review mark-signed { $id } --on DATE` 标记
cli-refuse-id-or-all = 请给出审查编号或 --all
cli-refuse-no-db = 找不到数据文件夹；请用 --db PATH 指定审查数据库，或设置 VOIP_REVIEW_DB

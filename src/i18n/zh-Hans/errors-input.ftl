# 对用户输入的拒绝（src/validate.rs、src/input.rs、src/money.rs、src/dates.rs）：字段名称和规则。
# 显示为“名称：规则”。由 i18n-errors 部分维护。

## 核心检查的字段名称。
error-label-reviewer = 审查人
error-label-company = 公司
error-label-provider = 服务商
error-label-plan = 套餐
error-label-quote-reference = 报价编号
error-label-contract-term = 合同期限
error-label-seats = 座席数
error-label-quote-date = 报价日期
error-label-start-date = 开始日期
error-label-currency = 币种
error-label-monthly-charge = 月费
error-label-quote-details = 报价详情
error-label-approver-name = 批准人姓名
error-label-approver-role = 批准人职务
error-label-conditions = 附加条件
error-label-signoff-date = 签字确认日期
error-label-signoff = 签字确认
error-label-decision = 决定
error-label-signature-date = 合同签署日期
error-label-competitor = 竞争报价的服务商和套餐
error-label-competing-quote = 竞争报价
error-label-monthly-total = 每月合计
error-label-upfront-costs = 一次性费用
error-label-term = 期限
error-label-seats-quoted = 报价座席数
error-label-taxes = 税费
error-label-annual-increase = 年度涨幅
error-label-key-differences = 主要差异
error-label-notes = 备注
error-label-clause-reference = 条款编号
error-label-clause-text = 引用的条款原文
error-label-database = 数据库

## 规则。
error-rule-seats = 必须在 1 到 10,000 之间
error-rule-term = 必须在 { $min } 到 { $max } 个月之间
error-rule-quote-seats = 必须在 1 到 10,000 之间，或不填写
error-rule-quote-percent = 必须是 0 到 100 % 之间的数字，或不填写
error-rule-quote-term = 必须在 0（按月续用）到 { $max } 个月之间
error-rule-required = 必须填写（1–{ $max } 个字符）
error-rule-too-long = 最多 { $max } 个字符（现有 { $len } 个）
error-rule-amount = 必须是 0 到 1,000,000,000 之间的金额
error-rule-amount-max = 必须在 0 到 { $max } 之间
error-rule-expects = 应填写{ $kind }
error-rule-one-of = 必须是以下之一：{ $options }
error-rule-not-an-option = “{ $value }”不是可选项之一
error-rule-whole-number = 必须是 { $min } 到 { $max }{ $unit }之间的整数
error-rule-number = 必须是 { $min } 到 { $max }{ $unit } 之间的数字
error-rule-or-not-stated = { $rule }，或不填写
error-rule-single-line = 必须是单行文字，不能含控制字符
error-rule-no-bidi = 不能含不可见的文字方向控制字符（U+202A–U+202E、U+2066–U+2069）
error-rule-no-control = 不能含控制字符
error-rule-text = 必须是文字
error-rule-charge-basis = 必须是按账户计费或按座席计费
error-rule-supported-currency = 必须是支持的币种之一
error-rule-decision = 必须是批准、有条件批准或拒绝
error-rule-form-incomplete = 收到的内容不完整，或含有本版本不认识的字段；请重新载入窗口（Ctrl+R）后再填写
error-rule-unknown-question = 不是已知的问题
error-rule-yes-no = 必须是“是”、“否”或“不确定”
error-rule-an-option = 必须是可选项之一
error-rule-a-selection = 必须从可选项中选择
error-rule-no-store-backups = 内存中的数据库没有备份

## 范围后的单位（“0 到 90 天”）。
error-unit-days = 天
error-unit-months = 个月

## 各类答案是什么（“应填写整数”）。
error-kind-yes-no = 是、否或不确定
error-kind-integer = 整数
error-kind-decimal = 数字
error-kind-money = 金额
error-kind-percent = 百分比
error-kind-days = 天数
error-kind-months = 月数
error-kind-date = 日期
error-kind-choice = 可选项之一
error-kind-multi-choice = 从可选项中选择
error-kind-text = 文字

## 金额。
error-rule-currency = 必须是支持的 ISO 代码之一（{ $codes }），而不是“{ $value }”
error-rule-currency-relabel-decimals = “{ $question }”为 { $amount }，{ $currency } 的小数位较少，无法照写。请先修改该金额，再更改币种。
error-rule-currency-relabel-too-large = “{ $question }”为 { $amount }，超出了 { $currency } 金额的上限。请先修改该金额，再更改币种。
error-rule-amount-example = 必须是像 1234.50 这样的金额，而不是“{ $value }”
error-rule-no-decimals = { $currency } 金额没有小数
error-rule-decimals = { $currency } 金额最多有 { $digits } 位小数

error-rule-other-currency = 币种是 { $currency }，不是 { $marker }
error-rule-comma = 逗号用错了位置：小数请用小数点（25.50），逗号只用于千位分隔（1,250）

## 日期。
error-rule-date = 必须是日期，例如 2027年3月1日 或 2027-03-01
error-rule-date-unreadable = 必须是日期，例如 2027年3月1日 或 2027-03-01，而不是“{ $value }”
error-rule-date-full-year = 年份要写全（2027，不是 27），而不是“{ $value }”
error-rule-date-iso = 必须是按 YYYY-MM-DD 写的日期，而不是“{ $value }”
error-rule-date-ambiguous = “{ $value }”可能是 { $day_first }，也可能是 { $month_first }；请选择一个，或用年月日写法（2027年3月1日）
error-rule-date-no-month = 不是真实的日期：没有 { $month } 月
error-rule-date-years = 必须是 { $min } 年到 { $max } 年之间的日期
error-rule-date-month-days = 不是真实的日期：{ $year }年{ $month }月只有 { $days } 天

# voip-review 命令行帮助的简体中文（--lang zh-Hans，或区域设置为中文时）。
# 英文原文是 cli/src/*.rs 里各命令的文档注释，不在本文件中。
# 键名：命令路径（顶层为 voip-review，子命令如 calc-credit），参数为“命令路径--参数 id”
# （如 calc-credit--tiers）；.long 是完整说明（英文有多段说明时才有）。
# 换行只为便于阅读：显示时同一段内的各行直接相连，空行分段。
# cli/src/help.rs 的测试检查：英文有帮助的命令和参数这里都有，这里没有多余的条目，
# 并且用了 src/i18n/terms.json 规定的术语。

## 顶层命令与全局参数

voip-review = 在命令行中审查企业 VoIP 合同
voip-review--db = 数据库文件。默认：$VOIP_REVIEW_DB，否则用应用自己的数据库
voip-review--lang =
    人类可读输出的语言：en 或 zh-Hans。默认取区域设置（LC_ALL、LC_MESSAGES、LANG）。
    JSON 输出在各种语言下都相同

## 计算器（calc）

calc =
    计算器（停机时间、服务积分、带宽、退出成本、日期、总拥有成本、技术支持），不需要数据库。
    每个都会列出所用公式；加 --json 输出给脚本使用的 JSON

calc-downtime = 某个可用性百分比允许的停机时间：每年、每月、每季度、每周和每天
    .long =
        某个可用性百分比允许的停机时间：每年、每月、每季度、每周和每天。

        停机时间 = 时长 ×（100% − 可用性），精确到秒。参考年为 365 天，
        除非指定 --year gregorian（365.2425 天）。合同的计量周期（--window）是日历周期，
        所以列出每种长度：一个月 28–31 天，一个季度 90–92 天，一年 365 或 366 天。
calc-downtime--uptime = 承诺的可用性，百分比，例如 99.9
calc-downtime--window = 合同的计量周期
calc-downtime--json = 输出给脚本使用的 JSON，而不是文字

calc-credit = 按分档服务积分表，计算一次故障应得的服务积分
    .long =
        按分档服务积分表，计算一次故障应得的服务积分。

        计量周期的可用性低于哪些档的门槛，就取其中积分最高的一档；积分是月费的百分比，
        以 --cap 为上限。故障计入它发生时所在的周期（--month 或 --days）；
        不给这两项时，计入同类周期中最长的一个（31 天的月份），即对您最不利的情况。
calc-credit--tiers =
    一档，写成 UPTIME:CREDIT，例如 99.9:10（可用性低于 99.9%，服务积分 10%）。
    可重复给出
calc-credit--cap = 服务积分的上限，占月费的百分比
calc-credit--outage_minutes = 故障时长，分钟（在同一个计量周期内）
calc-credit--monthly = 月费，例如 342.00
calc-credit--month =
    故障发生的月份，YYYY-MM：计量周期就是这个月（或它所在的季度、年），按实际长度计算
calc-credit--days = 故障所在计量周期的长度，天（日历月为 28–31）
calc-credit--json = 输出给脚本使用的 JSON，而不是文字

calc-bandwidth = N 路并发通话所需的带宽，并与实测线路对比
    .long =
        N 路并发通话所需的带宽，并与实测线路对比。

        每路 =（语音负载 + 40 B IP/UDP/RTP 包头〔用 cRTP 时为 2 或 4〕+ 链路层包头）
        × 8 × 每秒包数（Cisco 文档 7934）。链路层包头：以太网 18 B，802.1Q 22 B，PPP 6 B，
        MLPPP 或帧中继 FRF.12 6 + 1 B，仅 IP 为 0。cRTP 只用于 PPP 和 MLPPP。
calc-bandwidth--calls = 最忙时段的并发通话路数（0–10000）
calc-bandwidth--ptime =
    打包间隔，毫秒（默认：该编解码器常用的 20 毫秒）：10、20、30 或 40；
    iLBC 为 20、30（其 13.33 kbit/s 模式）或 40；Opus 为 10、20 或 40
calc-bandwidth--bit_rate = Opus 的码率，bit/s
calc-bandwidth--video = 同时进行的视频会议数
calc-bandwidth--up = 实测上行带宽，Mbps
calc-bandwidth--down = 实测下行带宽，Mbps
calc-bandwidth--headroom = 线路中留给其他流量的比例，百分比
calc-bandwidth--crtp = 压缩 RTP 包头（2 字节）；需要 --link ppp 或 mlppp
calc-bandwidth--crtp_bytes = 压缩 RTP 包头的大小，2 或 4 字节（带 UDP 校验和时为 4）；隐含 --crtp
calc-bandwidth--no_ethernet = 不计链路层包头（同 --link ip）
calc-bandwidth--vlan = 带 802.1Q VLAN 标签的以太网（同 --link 802.1q）
calc-bandwidth--link =
    通话经过的链路：ip（无包头）、ethernet、802.1q、ppp 或 mlppp（多链路 PPP 或帧中继 FRF.12）。
    默认：ethernet
calc-bandwidth--latency = 实测单向延迟，毫秒
calc-bandwidth--jitter = 实测抖动，毫秒
calc-bandwidth--loss = 实测丢包率，百分比
calc-bandwidth--json = 输出给脚本使用的 JSON，而不是文字

calc-exit-cost = 用满若干个月后离开的代价：提前解约费 + 携号转出费 + 优惠追回 + 仍欠的硬件分期款
    .long =
        用满若干个月后离开的代价：提前解约费 + 携号转出费 + 优惠追回 + 仍欠的硬件分期款。

        按合同约定的座席计算（--monthly，不计增长），年度涨幅按合同约定。
        无责退出期从 --start 起按实际天数计算；不给 --start 时每月按 31 天计。
calc-exit-cost--monthly = 全部座席的月费，例如 342.00
calc-exit-cost--term = 合同期限，月数
calc-exit-cost--escalator = 每个周年日的年度涨价幅度，百分比
calc-exit-cost--promo_months = 优惠：前 N 个月打折（与 --promo-percent 一起用）
calc-exit-cost--promo_percent = 优惠：这几个月的折扣百分比（与 --promo-months 一起用）
calc-exit-cost--fixed = 固定的解约费（用于 --structure fixed）
calc-exit-cost--percent = 剩余合同金额的百分比（用于 --structure percent）
calc-exit-cost--sliding = 每个合同年度收取的剩余合同金额百分比（用于 --structure sliding），例如 100,50,25
calc-exit-cost--start = 服务开始日期，YYYY-MM-DD：无责退出期随之按实际天数计算
calc-exit-cost--port_out_fee = 每个号码的携号转出费，例如 15.00
calc-exit-cost--numbers = 要携号转出的号码数
calc-exit-cost--clawback = 提前退出时要退还优惠折扣（需要 --promo-months/--promo-percent）
calc-exit-cost--hardware_monthly = 租用或分期购买的话机：单独收取的每月分期款（与 --hardware-months 一起用）
calc-exit-cost--hardware_months = 租用或分期购买的话机：分期的月数
calc-exit-cost--months = 离开前已用的服务月数。可重复给出；默认 6、12、24 和 30
calc-exit-cost--json = 输出给脚本使用的 JSON，而不是文字

calc-dates = 合同到期日、续约日，以及通知最晚必须送达的日期
    .long =
        合同到期日、续约日，以及通知最晚必须送达的日期。

        截止日 = 通知往前倒算的起点日期 − 提前通知期：整个提前通知期必须在该日期之前走完。
        “至少在合同期满前 60 天”从合同期限的最后一天倒算（默认）；
        “在续约日之前”从最后一天的次日倒算。
calc-dates--start = 开始（上线）日期，YYYY-MM-DD
calc-dates--notice_days = 提前通知期，天数
calc-dates--notice_months = 提前通知期，月数（按对应日期计算；该月没有对应日期时取当月最后一天）
calc-dates--counted_before =
    合同条款从哪一天往前倒算通知期：合同期满（其最后一天）或续约日。
    拿不准时保留 `end`：日期更早
calc-dates--today = 从这一天而不是今天起计算剩余天数，YYYY-MM-DD
calc-dates--renewal_months = 不取消时每次续约的月数
calc-dates--json = 输出给脚本使用的 JSON，而不是文字

calc-tco = 整个合同期限内的总拥有成本
calc-tco--monthly = 全部座席的月费，例如 342.00
calc-tco--term = 合同期限，月数
calc-tco--escalator = 每个周年日的年度涨价幅度，百分比
calc-tco--promo_months = 优惠：前 N 个月打折（与 --promo-percent 一起用）
calc-tco--promo_percent = 优惠：这几个月的折扣百分比（与 --promo-months 一起用）
calc-tco--seat_growth = 每个周年日增加的座席数
calc-tco--addons = 每月的附加功能费
calc-tco--support = 每月的付费技术支持费
calc-tco--support_free_first_year = 技术支持只在第一年免费：--support 从第 13 个月起计费
calc-tco--hardware_monthly = 租用或分期购买的话机：单独收取的每月分期款（与 --hardware-months 一起用）
calc-tco--hardware_months = 租用或分期购买的话机：分期的月数
calc-tco--taxes = 在周期性费用之外另收的税费，百分比
calc-tco--taxes_not_sure = 不清楚是否另收税费：总额不含税费，并会注明
calc-tco--upfront = 一次性费用，写成 LABEL=AMOUNT，例如 Setup=199。可重复给出
calc-tco--json = 输出给脚本使用的 JSON，而不是文字

calc-support = 技术支持：按种子文章 001 的标准评定 P1–P4 的响应时间和解决时间，并计算其计价方式下的技术支持费用
    .long =
        技术支持：按种子文章 001 的标准评定 P1–P4 的响应时间和解决时间，并计算其计价方式下的技术支持费用。

        评级标准：15 分钟以内为优秀，16 分钟–2 小时为良好，超过 2 小时为较弱
        （种子文章 001：5–15 分钟优秀，30 分钟–2 小时良好，4–24 小时较弱；
        落在两档之间的时间按较慢的一档算）。
        每月费用：已包含为 0；分级或付费套餐为其月费；按次计费为单价 × 每年次数 ÷ 12（四舍五入）；
        仅第一年免费时从第 13 个月起计费。
calc-support--p1_response = P1（系统瘫痪）的响应时间，分钟
calc-support--p2_response = P2（主要功能受损）的响应时间，分钟
calc-support--p3_response = P3（次要问题，有变通办法）的响应时间，分钟
calc-support--p4_response = P4（咨询或请求）的响应时间，分钟
calc-support--p1_resolution = P1 的解决时间（修复时间），小时
calc-support--p2_resolution = P2 的解决时间，小时
calc-support--p3_resolution = P3 的解决时间，小时
calc-support--p4_resolution = P4 的解决时间，小时
calc-support--clock =
    计时方式：24x7、business-hours（周一至周五 09:00–17:00）
    或 p1-24x7（P1 全天候计时，其余按工作时间）
calc-support--pricing = 技术支持如何计价
calc-support--paid_monthly = 所需付费套餐或档位的每月费用，例如 50.00
calc-support--per_incident_fee = 每次的价格（用于 --pricing per-incident）
calc-support--incidents = 预计每年的次数（用于 --pricing per-incident）
calc-support--free_first_year = 技术支持只在第一年免费：费用从第 13 个月起计算
calc-support--term = 合同期限，月数
calc-support--json = 输出给脚本使用的 JSON，而不是文字

## 使用数据库的命令

sample = 添加示例审查（“示例：12 座席办公室报价”）并输出其编号
sample--language =
    示例中文字和签字确认 PDF 的语言：en 或 zh-Hans（中国的一家诊所，以人民币计价）。
    默认：与输出语言相同

review-language = 显示审查的签字确认 PDF 和不续约通知函所用的语言，或更改它
review-language--id = 审查的编号（见 `list`）
review-language--language = 要设置的语言：en 或 zh-Hans

list = 列出审查，最近编辑的在前
list--json = 输出给脚本使用的 JSON，而不是表格
list--search = 只列出服务商、套餐、公司、审查人或报价编号与之匹配的审查

export-json = 把审查写入 JSON 审查文件（格式见 docs/review-format.md）
export-json--id = 审查的编号（见 `list`）
export-json--out =
    写到哪里。默认：当前文件夹中应用所建议的文件名，用审查的语言命名：
    “<服务商> – VoIP 合同审查 – <日期>.json”（英文审查为“VoIP contract review”）
export-json--force = FILE 已存在时覆盖它

import = 把审查文件导入为一份新审查；提交后输出其编号

backup = 立即把数据库备份到它旁边的 `backups/` 文件夹；输出备份的路径

backups = 列出自动备份，最新的在前

compare = 并排比较 2 到 4 份审查：费用、可用性、技术支持和提示，并排名
compare--ids = 各审查的编号（见 `list`）

history = 审查最近的修改，最新的在前（与应用“修改记录”面板的同一页）
history--id = 审查的编号（见 `list`）

export-pdf = 把审查的签字确认摘要写成 PDF
export-pdf--id = 审查的编号（见 `list`）
export-pdf--out =
    PDF 写到哪里。默认：当前文件夹中应用所建议的文件名，用审查的语言命名：
    “<服务商> – VoIP 合同审查 – <日期>.pdf”（英文审查为“VoIP contract review”）
export-pdf--paper = 纸张大小。默认：应用的设置，否则取区域设置（美国为 Letter）
export-pdf--force = FILE 已存在时覆盖它

## 签约之后

mark-signed =
    把审查的合同标记为在某日签署（或用 --unmark 取消）：
    之后由 `deadlines`、`export-ics` 和 `notice-letter` 跟踪其截止日期
mark-signed--id = 审查的编号（见 `list`）
mark-signed--on = 签署日期，例如 2026-12-01 或 "1 Dec 2026"
mark-signed--unmark = 其实并未签署

deadlines = 从今天起每份已签署合同的截止日期，最近的在前，并列出已逾期的通知截止日和最早可退出的时间
deadlines--within = 只列出今后 DAYS 天内的（已逾期的通知截止日总会列出）
deadlines--json = 输出给脚本使用的 JSON，而不是表格
deadlines--today = 从这一天而不是今天起计算剩余天数（YYYY-MM-DD 或 "1 Mar 2027"）

export-ics =
    把一份或全部已签署合同的截止日期写入 iCalendar 文件
    （全天事件，每个通知截止日前 30 天和 7 天提醒）
export-ics--id = 审查的编号（见 `list`）
export-ics--all = 所有已签署的合同
export-ics--force = FILE 已存在时覆盖它
export-ics--today = 从这一天而不是今天起计算剩余天数（YYYY-MM-DD 或 "1 Mar 2027"）

notice-letter = 写出阻止已签署合同续约的不续约通知函（PDF 或纯文本）；并说明它最晚必须送达的日期
notice-letter--id = 审查的编号（见 `list`）
notice-letter--paper = PDF 的纸张大小。默认：应用的设置，否则取区域设置
notice-letter--force = FILE 已存在时覆盖它
notice-letter--today = 从这一天而不是今天起计算剩余天数（YYYY-MM-DD 或 "1 Mar 2027"）

## 其他命令

restore =
    用数据库的某个备份替换它（见 `backups`）。当前数据库会先备份（损坏时移到一旁）；
    应用正打开它时拒绝执行

read-contract =
    阅读合同（带文字层的 PDF、DOCX 或纯文本；多个文件合为一份合同），
    并逐个审查项列出合同的说法：问题编号、按审查文件回答格式写出的值、引用的原句、
    文件、页码、条款，以及找到它的规则
read-contract--json = 输出给脚本使用的 JSON，而不是文字
read-contract--apply = 只用找到的内容填写审查 ID 中仍为空的回答，并输出它们（这会打开数据库；不加此项则不需要数据库）

## clap 自己的用语：标题、内置的帮助和版本参数、参数说明后的默认值和可选值

clap-usage = 用法：
clap-commands = 命令：
clap-arguments = 参数：
clap-options = 选项：
clap-print-help = 显示帮助
clap-print-help-more = 显示帮助（用 '--help' 查看完整说明）
clap-print-help-summary = 显示帮助（用 '-h' 只看摘要）
clap-print-version = 显示版本
clap-help-command = 显示本帮助，或所给子命令的帮助
clap-help-command--subcommand = 显示所给子命令的帮助
clap-default = [默认值：{ $values }]
clap-possible-values = [可选值：{ $values }]

## 命令行用法错误（退出码 2）

clap-error = 错误：
clap-try-help = 详细说明请运行 { $help }。
clap-tip = 提示：
clap-similar-argument = 有相近的参数：{ $names }
clap-similar-subcommand = 有相近的子命令：{ $names }
clap-similar-value = 有相近的值：{ $names }
clap-pass-as-value = 要把“{ $arg }”当作值传入，请写成“-- { $arg }”
clap-subcommand-after-escape = 子命令“{ $name }”存在；要使用它，请去掉它前面的“--”
clap-unknown-argument = 无法识别的参数“{ $arg }”
clap-unknown-subcommand = 无法识别的子命令“{ $name }”
clap-missing-arguments = 缺少以下必需的参数：
clap-missing-subcommand = “{ $name }”需要一个子命令，但没有给出
clap-subcommands = [子命令：{ $names }]
clap-no-value = “{ $arg }”需要一个值，但没有给出
clap-invalid-value = “{ $arg }”的值“{ $value }”无效
clap-invalid-value-because = “{ $arg }”的值“{ $value }”无效：{ $because }
clap-not-a-number = 必须是数字
clap-not-a-whole-number = 必须是整数
clap-out-of-range = 超出了允许的范围
clap-empty-value = 不能为空
clap-used-twice = 参数“{ $arg }”不能重复使用
clap-conflict = 参数“{ $arg }”不能与“{ $other }”同时使用
clap-conflict-with-others = 参数“{ $arg }”不能与以下参数同时使用：
clap-subcommand-conflict = 子命令“{ $name }”不能与其他参数同时使用
clap-no-equals = 给“{ $arg }”赋值时需要用等号
clap-too-many-values = “{ $arg }”多了一个值“{ $value }”；它不接受更多的值
clap-too-few-values = “{ $arg }”至少需要 { $min } 个值，只给了 { $given } 个
clap-wrong-number-of-values = “{ $arg }”需要 { $expected } 个值，但给了 { $given } 个
clap-not-utf8 = 参数不是有效的 UTF-8 文本
clap-other = 命令行参数有误

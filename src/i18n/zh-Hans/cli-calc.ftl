# 命令行 `calc` 和 `read-contract` 的输出及其自身的拒绝理由（cli/），用 --lang 或区域设置的语言；
# JSON 输出从不翻译。由 zh-words 部分维护。

## 命令行参数的拒绝理由。
cli-refuse-label-review = 审查
cli-refuse-not-signed = 编号 { $id } 尚未标记为已签署；请用 `voip-review mark-signed { $id } --on DATE` 标记
cli-refuse-id-or-all = 请给出审查编号或 --all
cli-refuse-no-db = 找不到数据文件夹；请用 --db PATH 指定审查数据库，或设置 VOIP_REVIEW_DB
cli-refuse-file-too-big = 无法读取：文件超过了合同文件的上限 { $megabytes } MB。未做任何更改。

## read-contract
cli-read-document = { $name }（{ $pages } 页，SHA-256 { $sha256 }）
cli-read-nothing-found = 没有找到能回答审查问题的内容。
cli-read-note = 注意：{ $note }
cli-read-refers = 引用了其他文件：{ $topic }见 { $target }（{ $location }）
cli-read-nothing-filled = 未填写任何回答：合同能回答的问题都已有回答。
cli-read-filled = 已为审查 { $id } 填写 { $count } 个回答。

## calc dates
cli-calc-dates-start = 开始日期
cli-calc-dates-term-ends = 合同期限结束
cli-calc-dates-renewal = 续约日
cli-calc-dates-notice-by = 通知送达截止日
cli-calc-dates-rule = 规则
cli-calc-dates-from = 自{ $today }起
cli-calc-dates-soon = 警告：剩余不足30天
cli-calc-dates-passed = 警告：已来不及阻止本次续约
cli-calc-dates-renews-until = 如不取消，将续约至{ $end }

## calc downtime（由 calc-zh 部分维护，以下各节同）
cli-calc-downtime-header = 可用性{ $uptime }允许的停机时间（{ $basis }，精确到秒）：
cli-calc-downtime-per-year = 每年
cli-calc-downtime-per-month = 每月（一年的1/12）
cli-calc-downtime-per-30-days = 每个30天的月份
cli-calc-downtime-per-quarter = 每季度（一年的1/4）
cli-calc-downtime-per-week = 每周
cli-calc-downtime-per-day = 每天
cli-calc-downtime-window = 合同按{ $window }计量：{ $lengths }。
cli-calc-downtime-calendar-month = 每个自然月（用 --window 指定合同的计量周期）：{ $lengths }。
cli-calc-downtime-formula = 公式：停机时间 = 周期 × (100% − 可用性)。

## calc credit
cli-calc-credit-window = 计量周期：{ $length }
cli-calc-credit-window-assumed = 计量周期：{ $length }（未给出 --month 或 --days：按最长的{ $window }计算，这对你最不利，因为同样的故障在其中所占比例最小）
cli-calc-credit-uptime = 实际可用性：{ $uptime }
cli-calc-credit-tier = 适用档位：第{ $n }档（可用性低于{ $below }%）
cli-calc-credit-no-tier = 适用档位：无（未低于任何一档）
cli-calc-credit-amount = 服务积分：月费的{ $percent }，即{ $amount }
cli-calc-credit-amount-capped = 服务积分：月费的{ $percent }（已封顶；封顶前为{ $before }），即{ $amount }

## calc bandwidth
cli-calc-bandwidth-line = { $codec }（{ $rate } kbit/s），打包间隔{ $ptime } ms，经{ $link }：每个包{ $payload }字节语音负载 + { $headers }字节报头，每秒{ $pps }个包：每路通话每个方向{ $percall } kbps
cli-calc-bandwidth-total = { $calls }路通话：{ $voice } Mbps；视频{ $video } Mbps；每个方向合计{ $total } Mbps
cli-calc-bandwidth-rule-of-thumb = 经验估算（仅供对比，不是实测）：按每路100 kbps为{ $typical } Mbps；保守按每路500 kbps为{ $conservative } Mbps
cli-calc-bandwidth-upload = 上行占用：{ $use }（带宽余量{ $headroom }）
cli-calc-bandwidth-upload-fix = 上行占用：{ $use }（带宽余量{ $headroom }）：超过80%，上线前请先改善线路
cli-calc-bandwidth-download = 下行占用：{ $use }
cli-calc-bandwidth-max-calls = 保留{ $headroom }带宽余量时最多可承载的并发通话：{ $max }路
cli-calc-bandwidth-within = { $metric }：{ $value }（未超过上限{ $limit }，{ $source }）
cli-calc-bandwidth-over = { $metric }：{ $value }（超过上限{ $limit }，{ $source }）

## calc exit-cost：表格的列、备注和表尾。
cli-calc-exit-after = 已用月数
cli-calc-exit-days = 天数
cli-calc-exit-months-left = 剩余月数
cli-calc-exit-remaining = 剩余合同价值
cli-calc-exit-fee = 提前解约费
cli-calc-exit-port-out = 号码携出费
cli-calc-exit-clawback = 优惠返还
cli-calc-exit-hardware = 硬件余款
cli-calc-exit-total = 离开的成本
cli-calc-exit-walkaway = （在无责退出期内）
cli-calc-exit-days-from-start = 服务天数从开始日期{ $start }起计算。
cli-calc-exit-no-start = 未给出 --start 日期：每月按31天（最长）计算，因此不会高估无责退出期。

## calc tco
cli-calc-tco-year = 第{ $year }年：{ $monthly } × { $months }个月{ $seats }{ $promotion } = { $subtotal }
cli-calc-tco-seats = （{ $seats }个座席）
cli-calc-tco-promotion = − 优惠{ $amount }
cli-calc-tco-upfront = 一次性费用
cli-calc-tco-recurring = 周期性费用
cli-calc-tco-hardware = 硬件分期
cli-calc-tco-total = 总计
cli-calc-tco-taxes-not-included = ，不含税费
cli-calc-tco-per-seat = 每座席每月

## calc support
cli-calc-support-p1 = 系统瘫痪
cli-calc-support-p2 = 主要功能受损
cli-calc-support-p3 = 次要问题，有替代办法
cli-calc-support-p4 = 咨询或请求
cli-calc-support-response = 响应{ $time }（{ $grade }）
cli-calc-support-no-response = 未给出响应时间
cli-calc-support-fixed-in = { $time }内解决
cli-calc-support-no-fix = 未给出解决时间
cli-calc-support-business-hours = 按工作时间计时：周五17:00提交，{ $due }
cli-calc-support-answered-by = 最晚{ $due }回复
cli-calc-support-fixed-by = 最晚{ $due }解决
cli-calc-support-scale = 评级标准（参考文章001）：{ $scale }
cli-calc-support-monthly = 每月技术支持费
cli-calc-support-charged = 计费月数
cli-calc-support-charged-months = { $months }个月
cli-calc-support-free-first-year = { $months }（第一年免费，从第13个月起计费）
cli-calc-support-over-term = 合同期内合计
cli-calc-support-over-term-value = { $amount }（未计年度涨幅）

## calc：参数的拒绝理由，以参数名开头。
cli-calc-refuse-month = 必须是YYYY-MM格式的月份，例如2027-02，而不是“{ $value }”
cli-calc-refuse-tier = 必须写成“可用性:服务积分”的形式，例如99.9:10，而不是“{ $value }”
cli-calc-refuse-not-a-number = “{ $value }”不是数字
cli-calc-refuse-required-with = 使用 --structure { $structure } 时必须提供
cli-calc-refuse-upfront = 必须写成“名称=金额”的形式，例如 Setup=199，而不是“{ $value }”
cli-calc-refuse-term = 必须是1到120个月，而不是{ $value }
cli-calc-refuse-response = 最多为43200分钟（30天）
cli-calc-refuse-resolution = 最多为720小时（30天）
cli-calc-refuse-per-incident = 使用 --pricing per-incident 时，请给出 --per-incident-fee 和 --incidents
cli-calc-refuse-support-too-large = 合同期内的技术支持费会超过本应用能容纳的最大金额
cli-calc-refuse-support-nothing = 请至少给出一个响应时间或解决时间（--p1-response … --p4-resolution），或给出计费方式（--pricing）

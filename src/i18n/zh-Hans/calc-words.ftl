# 计算器的标签、名称和规则（src/calc/），数据、命令行和拒绝理由中显示，用调用方的语言。
# 由 calc-zh 部分维护。

## 带宽：线路检查的字段和拒绝理由。
calc-label-codec = 编解码器
calc-codec-unknown = 必须是{ $codecs }之一，而不是“{ $value }”
calc-codec-g722 = G.722（高清语音）
calc-label-codec-bit-rate = 编解码器码率
calc-label-ptime = 打包间隔
calc-ptime-offered = { $codec }按{ $offered } ms打包发送，不能是{ $value } ms
calc-label-crtp-header = 压缩RTP报头
calc-crtp-header-bytes = 必须是2或4字节，而不是{ $value }
calc-label-crtp = 压缩RTP（cRTP）
calc-crtp-serial-only = 只适用于PPP和MLPPP/帧中继串行线路，不适用于{ $link }（Cisco：以太网上无法使用cRTP）
calc-label-peak-calls = 高峰并发通话数
calc-unit-calls = 路通话
calc-label-video-meetings = 同时进行的视频会议数
calc-unit-meetings = 场会议
calc-label-video-rate = 每场会议的视频码率
calc-label-headroom = 带宽余量
calc-label-measured-up = 实测上行速度
calc-label-measured-down = 实测下行速度

## 通话经过的线路。
calc-link-ip = 纯IP（无链路层）
calc-link-ethernet = 以太网
calc-link-ethernet-8021q = 带802.1Q VLAN标签的以太网
calc-link-ppp = PPP串行线路
calc-link-mlppp = MLPPP或帧中继（FRF.12）

## 通话质量与上限的比较。
calc-quality-latency = 单向延迟
calc-quality-jitter = 抖动
calc-quality-loss = 丢包率
calc-quality-guidance = VoIP常用建议

## 服务等级协议（SLA）：参考数字所用的年份、计量周期及其长度。
calc-year-365 = 一年按365天计
calc-year-gregorian = 一年按365.2425天计
calc-window-day = 天
calc-window-week = 周
calc-window-month = 自然月
calc-window-quarter = 自然季度
calc-window-year = 自然年
calc-length-day = 一天
calc-length-week = 一周
calc-length-february = 2月（28天）
calc-length-leap-february = 闰年2月（29天）
calc-length-month = { $days }天的月份
calc-length-quarter = { $days }天的季度
calc-length-leap-year = 闰年（366天）
calc-length-year = { $days }天的年份

## 服务等级协议（SLA）的拒绝理由。
calc-label-window-length = 计量周期的长度
calc-window-days = { $window }有{ $allowed }天，不能是{ $value }天
calc-label-outage-month = 故障所在月份
calc-outage-month-format = 必须是YYYY-MM格式的月份，而不是{ $value }
calc-out-of-range = 超出范围
calc-label-outage = 故障时长
calc-unit-outage-seconds = 秒（{ $window }的长度）
calc-label-tier-threshold = 第{ $n }档服务积分：可用性门槛
calc-label-tier-credit = 第{ $n }档服务积分：积分比例
calc-label-credit-cap = 服务积分上限
calc-not-negative = 不能为负数

## 离开的成本：拒绝理由。
calc-sliding-needs-step = 至少需要一档
calc-label-sliding-step = 递减比例第{ $n }档
calc-sliding-later = 必须晚于上一档开始
calc-sliding-declines = 不能高于上一档（比例逐档递减）
calc-label-port-out-fee = 每个号码的携出费
calc-label-leaving-month = 离开的月份
calc-leaving-month-range = 必须在0到{ $term }个月的合同期限之间，而不是{ $value }

## 总成本：税费标签，以及大到无法累加的金额。
calc-label-taxes = 税费
calc-tco-too-large = 每年新增{ $growth }个座席、年度涨幅{ $escalator }%、合同期限{ $term }个月时，{ $what }会超过{ $max }，即本应用能累加的最大金额；请检查月费、每年新增座席数和年度涨幅
calc-sum-upfront-total = 一次性费用合计
calc-sum-seat-count = 座席数
calc-sum-plan-charge = 套餐费
calc-sum-monthly-charge = 月费
calc-sum-yearly-subtotal = 年度小计
calc-sum-recurring-total = 周期性费用合计
calc-sum-tax = 税费
calc-sum-total-cost = 总成本

## 技术支持：工作日，以及每月费用的计算方式。
calc-weekday-monday = 周一
calc-weekday-tuesday = 周二
calc-weekday-wednesday = 周三
calc-weekday-thursday = 周四
calc-weekday-friday = 周五
calc-support-rule-per-incident = 每次事件的价格 × 每年事件数 ÷ 12
calc-support-rule-included = 已包含在价格中
calc-support-rule-included-first-year = 第1年免费，从第13个月起按付费套餐计
calc-support-rule-tiered = 你所需档位的月费
calc-support-rule-paid-plan = 付费套餐的月费
calc-support-rule-entered = 填写的月费

## 技术支持：响应时间在评级标准上的等级。
calc-grade-excellent = 优
calc-grade-good = 良
calc-grade-weak = 差

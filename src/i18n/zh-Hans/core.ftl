# 核心中不属于某一部分的消息：语言设置本身。
# 同一语言的所有文件中消息 ID 唯一；以文件所属部分作前缀。

language-unknown = 语言：“{ $value }”不是本应用支持的语言（en 为 English，zh-Hans 为简体中文）。

# Messages of the core that belong to no one part: the language setting itself.
# Ids are unique across all files of a language; prefix them with the file's part.

language-unknown = Language: “{ $value }” is not one the app speaks (en for English, zh-Hans for 简体中文).

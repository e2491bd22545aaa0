# 合同阅读器自己的文字（src/contract/）：阅读进度、段落的位置、粘贴文本的名称。
# 找到的内容由模板和词库命名。

contract-progress-reading = 正在读取 { $name }
contract-progress-reading-page = 正在读取 { $name }，第 { $page } 页，共 { $pages } 页
contract-progress-searching = 正在查找相关条款
# 段落的位置：“服务协议.pdf，第 3 页”，条款标题照合同原文。
contract-location = { $document }，第 { $page } 页
contract-location-section = { $document }，第 { $page } 页，{ $section }
# 粘贴而不是从文件读取的合同的文件名。
contract-pasted-text = 粘贴的文本

# Plenary 的中文（简体）界面。参照文本和缺省文本为 en.ftl：译文缺少的消息以英文显示。
# 每条消息为 `key = text`；`.tip` 行为工具提示。
# 只翻译 `=` 之后的文本；`{ $placeholders }` 保持原样。中文没有复数形式（Unicode CLDR
# 类别仅有 other），因此计数消息不使用选择器。

## 文件的语言：日期、阅读窗口的标题行和段落引文，始终使用所阅读文件的语言（与界面语言无关），采用联合国中文文本所用的形式

# 日期：$day 和 $year 为数字；date-month 为月份。
date = { $year }年{ date-month }{ $day }日
# 月份（$month，1 至 12），按日期中的写法。
date-month = { $month }月

# 阅读窗口的标题行：通过日期（$date，按 `date` 的写法）、决议据以通过的委员会报告（按文件所印）、
# 决议所依据的草案，以及草案的标记。
header-adopted = { $date }通过
header-report = 报告 { $report }
header-draft-symbol = 草案 { $symbol }
header-draft = 草案

# 复制引文：起草人为引用某一段落而粘贴的形式。
# 大会决议（$number：75/32；决议集的一部分为 75/101 B）。
cite-resolution = 第{ $number }号决议
# 安全理事会决议（$number 2532，$year 2020）。
cite-council-resolution = 第{ $number }({ $year })号决议
# 决议集某一部分的字母（75/101 B 中的 B）。
cite-part = { $part }
# 引文：决议，然后是其中的位置（$place：第3段，或第二节第3段）。中文不加逗号。
cite = { $document }{ $place }
# 以文号称呼的文件（草案：A/C.3/78/L.41，第30段），文号后加逗号。
cite-symbol = { $document }，{ $place }
# 位置的两个层级，较大的在前（第二节第3段）。
cite-within = { $outer }{ $inner }
cite-section = 第{ $section }节
cite-annex = 附件
cite-annex-numbered = 附件{ $annex }
cite-article = 第{ $article }条
# 执行部分或附件的段落；$labels 为其分段，每个按 cite-label 的写法。
cite-paragraph = 第{ $number }{ $labels }段
# 条款中的一款（附件三第8条第2款）。
cite-article-paragraph = 第{ $number }款{ $labels }
cite-label = ({ $label })
# 序言部分的段落；$ordinal 为 cite-ordinal 的值。
cite-preambular = 序言部分第{ $ordinal }{ $labels }段
# 序言部分段落的编号：中文决议用阿拉伯数字（第74/185号决议序言部分第12段），因此即为 $n。
# .part：节或附件的编号，用汉字数字（第二节、附件三），由 $hundreds、$tens 和 $units 三位数字
# 组成；$roman 为文件所印的编号（II），用于一百及以上。
cite-ordinal = { $n }
    .part = { $hundreds ->
        [0] { $tens ->
            [0] {""}
            [1] 十
            [2] 二十
            [3] 三十
            [4] 四十
            [5] 五十
            [6] 六十
            [7] 七十
            [8] 八十
           *[9] 九十
        }{ $units ->
            [0] {""}
            [1] 一
            [2] 二
            [3] 三
            [4] 四
            [5] 五
            [6] 六
            [7] 七
            [8] 八
           *[9] 九
        }
       *[other] { $roman }
    }

## 菜单

menu-file = 文件
menu-view = 视图
menu-library = 文库
menu-find = 查找
menu-help = 帮助
menu-open-recent = 最近打开
menu-show-beside = 并排显示
menu-compare-with = 比较对象
menu-read-in-parallel = 对照阅读
menu-language = 语言
nothing-yet = 暂无
open-second-first = 请先打开另一份文件
open-other-language-first = 请先打开另一种语言版本

## 快捷键一览表：各组操作，以及“J 或 Alt+Down”

group-file = 文件
group-view = 视图与导航
group-library = 文库
group-find = 查找
group-paragraph = 正在阅读的段落
group-help = 帮助
keys-or = 或

## 标签页、历史记录、消息

back-nothing = 后退：尚无可返回的位置
tab-beside = { $title }（并排）
tab-show-beside = 在当前文件旁并排显示
undo = 撤销
remove-bookmark = 删除书签
ok = 确定
dismiss = 关闭
cannot-open = 无法打开

## 状态栏

status-scanning = 正在扫描文库…
status-no-document = 未打开文件
format-text = 导出文本
status-paragraphs = 序言部分{ $preambular }段，执行部分{ $operative }段
status-annex = 附件{ $count }段
status-footnotes = { $count }个脚注
status-citations = { $count }处引用
status-warnings = { $count }条警告

## 文库、按会员国查看投票、议程项目

library-all-languages = 所有语言
library-the-library-could-not-be = 无法打开文库；请参阅上面的消息。
library-library = 文库
library-back-to-reading = 返回阅读
library-cancel = 取消
library-search-the-library-words-a = 搜索文库：词语、“短语”或文号（75/32）
library-operative-paragraphs-only = 仅限执行部分段落
library-search = 搜索
library-back-to-the-list-of = 返回决议列表
library-nothing-found = 未找到任何结果。
library-filter-by-symbol-or-title = 按文号或标题筛选
library-all-bodies = 所有机构
library-add-a-folder-of-resolutions = 添加一个决议文件夹（Akoma Ntoso XML或导出的文本），即可在此浏览和搜索其中的决议，并打开这些决议引用的文件。
library-languages = 语言
library-remove = 移除
library-stop-including-this-folder-the = 不再纳入此文件夹（其中的文件仍保留在原处）
library-this-document-has-no-symbol = 本文件没有文号。
library-none-in-your-library = 文库中没有
library-no-resolution-in-the-library = 文库中没有经记录表决通过的决议：请添加某届会议的Akoma Ntoso文件，以查看每个会员国的投票情况。
library-member-state = 会员国：
library-find-a-member-state = 查找会员国
library-session = 届会：
library-all-sessions = 所有届会
library-agenda-item = 议程项目：
library-all-agenda-items = 所有议程项目
library-show = 显示：
library-save-the-votes-listed-below = 将下列投票保存为电子表格（CSV）
library-no-vote-matches-these-filters = 没有符合这些筛选条件的投票。
library-title = 标题
library-open-this-resolution = 打开此决议
library-absent = 缺席
library-no-resolution-in-the-library-2 = 文库中没有注明议程项目的决议：请添加某届会议的Akoma Ntoso文件，以按议程项目查看其决议。
library-find-an-agenda-item = 查找议程项目
library-choose-an-agenda-item-to = 选择一个议程项目，按届会查看其决议。
library-resolutions = 决议
library-counts = { $resolutions }项决议 · { $files }个文件
library-counts-unreadable = { $resolutions }项决议 · { $files }个文件 · { $unreadable }个无法读取
library-close = 关闭
library-scan-progress = { $phase } { $done }/{ $total } { $name }
library-phase-listing = 正在列出
library-phase-reading = 正在读取
library-phase-saving = 正在保存
library-looking-for-files = 正在查找文件…
library-browse = 浏览
library-results = { $count }个结果
library-symbol = 文号
library-adopted = 通过日期
library-body = 机构
library-session-column = 届会
library-files-unreadable = { $count }个文件无法读取
library-folders = 文件夹（{ $count }）
library-cited-by = 被引用（{ $count }）
library-documents-that-cite = 文库中引用{ $symbol }的文件
body-general-assembly = 大会
body-security-council = 安全理事会
body-human-rights-council = 人权理事会
body-economic-and-social-council = 经济及社会理事会
body-short-general-assembly = 大会
body-short-security-council = 安理会
body-short-human-rights-council = 人权理事会
body-short-economic-and-social-council = 经社理事会
votes-all = 全部投票
votes-with-majority = 与多数一致
votes-not-with-majority = 与多数不一致
votes-my-country = 本国
votes-show-how = 显示{ $state }的投票情况
votes-reading = 正在读取{ $state }的投票…
votes-export-csv = 导出CSV…
votes-summary = { $state }：在所投{ $cast }票中有{ $with }票与多数一致（{ $share }%）；在{ $recorded }次记录表决中缺席{ $absent }次
votes-share-with-majority = { $share }%与多数一致
votes-click-session = { $session }。点击即可只显示该届会议
votes-vote = 投票
votes-majority = 多数
votes-count = 票数
votes-session-bar = { $session }：赞成{ $in_favour }票，反对{ $against }票，弃权{ $abstaining }票，缺席{ $absent }次；{ $share }
agenda-count = { $count }个议程项目
agenda-sessions = { " · " }第{ $first }至{ $last }届会议
agenda-session = { " · " }第{ $session }届会议
agenda-resolutions = { $count }项决议
agenda-session-item = 第{ $session }届会议 · { $item }
agenda-session-heading = 第{ $session }届会议
agenda-session-unknown = 届会不详
agenda-recorded-vote = 记录表决
agenda-vote = 表决：{ $tally }
agenda-without-vote = 未经表决
agenda-how-voted = { $state }的投票情况
agenda-in-no-list = { $state }未列入任何投票名单
agenda-column-note = 每项决议及其表决情况，以及{ $state }的投票情况
vote-in-favour = 赞成
vote-against = 反对
vote-abstaining = 弃权
facts-adopted-recorded = 经记录表决通过
facts-adopted-without-vote = 未经表决通过
facts-outcome-tally = { $outcome }：{ $tally }
facts-draft-not-adopted = 草案：尚未通过。
facts-no-record = 文件未载明通过方式。
facts-sponsors = 提案国
facts-additional-sponsors = 增列提案国
facts-committee-report = 委员会报告
facts-adopted = 通过
facts-agenda = 议程项目
facts-recorded-vote = 记录表决
facts-without-vote = 未经表决
facts-compare-tip = 将{ $old }与{ $new }进行比较
facts-did-not-vote = { $state }：未参加表决

## 概况面板

facts-facts = 概况
facts-draft = 决议草案
facts-open-the-draft-if-it = 打开草案（如有），或查看获取途径
facts-my-country = 本国：
facts-e-g-canada = 例如：加拿大
facts-set-once-your-country-s = 只需设置一次：每项决议都会标出本国的投票
facts-find-a-member-state = 查找会员国
facts-history-of-the-text = 案文沿革
facts-no-earlier-or-later-resolution = 文库中没有关于这一主题的以往或后续决议。
facts-compare-with-previous = 与前一项比较
facts-copy = 复制
facts-copy-the-list-to-paste = 复制此名单，以便粘贴到报告中

## 操作：菜单项及其说明（.tip）

action-open = 打开…
    .tip = 打开一项决议

action-open-sample = 打开示例（A/RES/75/32，中文）
    .tip = 打开Plenary附带的决议

action-close = 关闭
    .tip = 关闭此文件

action-quit = 退出
    .tip = 关闭窗口；下次启动时将恢复已打开的文件

action-next-document = 下一份文件
    .tip = 显示下一份已打开的文件

action-notes-panel = 笔记和书签
    .tip = 显示或隐藏笔记和书签面板

action-facts-panel = 表决和提案国
    .tip = 显示或隐藏本决议的概况：通过方式、各国的投票及提案国

action-dark-theme = 深色主题
    .tip = 深色背景上显示浅色文字

action-zoom-in = 放大
    .tip = 放大所有内容

action-zoom-out = 缩小
    .tip = 缩小所有内容

action-actual-size = 实际大小
    .tip = 取消放大或缩小

action-one-document = 单一文件
    .tip = 不再在本文件旁并排显示另一份文件

action-compare-with-file = 文件…
    .tip = 选择一个文件作为较早的文本，与本文件进行比较

action-next-paragraph = 下一段
    .tip = 将阅读焦点移到下一段

action-previous-paragraph = 上一段
    .tip = 将阅读焦点移到上一段

action-back = 后退
    .tip = 返回上次跳转之前的位置

action-forward = 前进
    .tip = 再次前进到后退之前的位置

action-library = 浏览和搜索
    .tip = 打开或关闭本机上的决议文库

action-library-votes = 按会员国查看投票
    .tip = 某一会员国对文库中每项决议的投票情况，按届会和议程项目列出

action-library-agenda = 议程项目
    .tip = 文库中的决议，按议程项目和届会列出，并附表决情况

action-add-folder = 添加文件夹…
    .tip = 将一个决议文件夹添加到文库

action-import-files = 导入文件…
    .tip = 将文件复制到文库自己的文件夹中

action-rescan = 重新扫描
    .tip = 重新读取文库的文件夹，查找新增和更改的文件

action-cited-by-panel = 被引用面板
    .tip = 显示或隐藏文库中引用本文件的文件

action-find = 在文件中查找
    .tip = 搜索本文件的文本

action-previous-match = 上一个匹配项
    .tip = 转到搜索的上一个匹配项

action-next-match = 下一个匹配项
    .tip = 转到搜索的下一个匹配项

action-copy-selection = 复制所选内容
    .tip = 复制所选文本

action-copy-text = 复制文本
    .tip = 复制该段的文本

action-copy-citation = 复制引用
    .tip = 复制该段的引用：文件文号和段落

action-bookmark = 书签
    .tip = 为正在阅读的段落添加书签，或删除其书签

action-add-note = 添加笔记…
    .tip = 为正在阅读的段落写笔记（如已选定词语，则为所选词语）

action-add-note-on-selection = 为所选内容添加笔记…
    .tip = 为所选词语写笔记

action-show-on-page = 在页面上显示
    .tip = 显示PDF中印有该段的页面，并标出该段

action-dismiss = 关闭卡片、查找栏或选择
    .tip = 关闭引用卡片；如无卡片，则关闭查找栏；如无查找栏，则取消所选文本

action-keyboard-shortcuts = 键盘快捷键
    .tip = 列出所有键盘快捷键

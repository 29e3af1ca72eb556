# Plenary 的中文（简体）界面。参照文本和缺省文本为 en.ftl：译文缺少的消息以英文显示。
# 每条消息为 `key = text`；`.tip` 行为工具提示。
# 只翻译 `=` 之后的文本；`{ $placeholders }` 保持原样。中文没有复数形式（Unicode CLDR
# 类别仅有 other），因此计数消息不使用选择器。

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

# TRANSLATE
## Comparison: two texts side by side, a Word draft's tracked changes, reading in parallel

compare-heading-changes = Comparing { $old } with { $new }
compare-heading-tracked = Tracked changes in { $document }
compare-heading-parallel = Reading in parallel { $first } and { $second }
compare-comparing = Comparing… { $seconds } s
compare-show = Show:
compare-show-original = Original
compare-show-original-tip = The text as it stood before the changes
compare-show-with-changes = With changes
compare-show-with-changes-tip = Before and after side by side, the changes marked
compare-show-final = Final
compare-show-final-tip = The text with every change accepted
compare-summary = { $added } added, { $deleted } deleted, { $changed } changed, { $moved } moved
compare-unchanged = ({ $count } unchanged)
compare-previous-change = Previous change
compare-previous-change-tip = Previous change (Shift+F7 or P)
compare-next-change = Next change
compare-next-change-tip = Next change (F7 or N)
compare-hide-unchanged = Hide unchanged
compare-ignore-punctuation-width = Ignore punctuation width
compare-ignore-punctuation-width-tip = ，and , count as the same
compare-ignore-whitespace = Ignore whitespace
compare-export = Export
compare-export-html = HTML page…
compare-export-markdown = Markdown…
compare-export-word = Word file with tracked changes…
compare-export-word-tip = A redline that Word and LibreOffice open, to accept or reject change by change
compare-changes-by = Changes by:
compare-changes-by-tip = The author Word shows for each change
compare-close = Close
compare-close-tip = Back to reading
compare-changes = Changes
compare-no-differences = No differences
compare-status-unchanged = unchanged
compare-status-changed = changed
compare-status-added = added
compare-status-deleted = deleted
compare-status-moved = moved
compare-change-inserted = Inserted by { $author }
compare-change-deleted = Deleted by { $author }
compare-change-moved-from = Moved from here by { $author }
compare-change-moved-to = Moved here by { $author }
compare-unnamed-author = an unnamed author
compare-change-dated = { $change }, { $date }
compare-summary-for-report = Summary for a report
compare-copy = Copy
compare-copy-tip = Copy these lines, to paste into a report
compare-digest-heading = What changed from { $old } to { $new }:
compare-digest-added = { $count ->
    [one] 1 paragraph added ({ $paragraphs })
   *[other] { $count } paragraphs added ({ $paragraphs })
}
compare-digest-deleted = { $count ->
    [one] 1 paragraph deleted ({ $paragraphs })
   *[other] { $count } paragraphs deleted ({ $paragraphs })
}
compare-digest-moved = { $count ->
    [one] 1 paragraph moved ({ $paragraphs })
   *[other] { $count } paragraphs moved ({ $paragraphs })
}
compare-digest-changed = { $count ->
    [one] 1 paragraph changed ({ $paragraphs })
   *[other] { $count } paragraphs changed ({ $paragraphs })
}
compare-digest-stronger = { $paragraph }: { $old } → { $new } (stronger)
compare-digest-weaker = { $paragraph }: { $old } → { $new } (weaker)
compare-digest-vote-then-now = Vote: { $then } then, { $now } now
compare-digest-vote = Vote: { $now }

# TRANSLATE
## Notes and bookmarks: the note editor and the notes panel

notes-editor-edit = Note on { $paragraph }
notes-editor-new = New note on { $paragraph }
notes-read-only = These notes were saved by a newer version of Plenary and are read-only here.
notes-your-note = Your note
notes-colour = Colour
notes-color-yellow = yellow
notes-color-green = green
notes-color-blue = blue
notes-color-pink = pink
notes-color-orange = orange
notes-color-purple = purple
notes-tags = Tags
notes-tags-hint = mandate, follow-up
notes-bookmark = Bookmark
notes-save = Save
notes-cancel = Cancel
notes-delete = Delete
notes-discard-question = Discard what you wrote?
notes-discard = Discard
notes-keep-writing = Keep writing
notes-filter-hint = Filter: words, #tag, OP3
notes-this-document = This document
notes-none-yet = No notes yet. Press B to bookmark a paragraph, N to write a note.
notes-no-match = No note matches the filter.
notes-status-attached = attached
notes-status-moved = moved (was { $from }, now { $now })
notes-status-orphaned = orphaned
notes-orphaned = orphaned: was { $paragraph } “{ $quote }…”
notes-was = (was { $paragraph }: “{ $quote }…”)
notes-from = From { $source } ({ $count ->
    [one] 1 note
   *[other] { $count } notes
})
notes-copy-here = Copy these notes here
notes-copy-here-tip = Each note goes to the paragraph its quote was found in; orphans keep their quote
notes-all-bookmarks = All bookmarks
notes-no-bookmarks = None yet
notes-comments = Comments in this file ({ $count })
notes-copy-comment = Copy into my notes
notes-copy-comment-tip = Open a note on this paragraph with the comment written in

# TRANSLATE
## Show on page: the page of a PDF beside the text

page-not-drawn = the page could not be drawn
page-not-drawn-because = the page could not be drawn: { $error }
page-previous = ← Previous
page-previous-tip = The page before this one
page-next = Next →
page-next-tip = The page after this one
page-zoom-out-tip = Show the whole width of the page
page-zoom-in-tip = Enlarge the page
page-close = Close page
page-close-tip = Close the page view
page-number = Page { $page }
page-number-of = Page { $page } of { $pages }
page-marked = { $paragraph } is marked on the page as published.
page-marked-this-paragraph = This paragraph is marked on the page as published.
page-not-here = { $paragraph } is not on this page.
page-not-here-this-paragraph = This paragraph is not on this page.
page-drawing = Drawing the page…
page-as-published = Page { $page } of { $file } as published

# TRANSLATE
## Citation card: a cited document that is not at hand

card-paragraph = paragraph { $paragraph }
card-not-among-your-files = not among your files
card-not-open = not open, and not in the folders you opened files from
card-copy-symbol = Copy symbol
card-copy-link = Copy link
card-open-online = Open online →
card-open-online-tip = Opens { $url } in your browser
card-close = Close

# TRANSLATE
## Find bar

find-hint = Find in document
find-no-matches = no matches
find-count = { $current } of { $total }
find-previous-tip = Previous match (Shift+F3)
find-next-tip = Next match (F3)
find-close-tip = Close (Esc)

# TRANSLATE
## Outline: the parts of a resolution

outline-preamble = Preamble
outline-operative-part = Operative part
outline-annex = Annex
outline-division-preamble = { $division } · { outline-preamble }
outline-division-operative-part = { $division } · { outline-operative-part }

# TRANSLATE
## Keyboard shortcuts sheet

help-when-keys-act = Single letters, Escape and Alt with an arrow act when no text field has focus.
help-mouse-buttons = A mouse's back and forward buttons go back and forward too.

# TRANSLATE
## Reader: the document's window, its footnotes, notes and comments beside the text

reader-no-document = Open a resolution with File › Open, or drop a file here.
reader-footnote = Footnote { $marker }
reader-citation-paragraph = { $symbol }, para. { $paragraph }
reader-more-characters = … ({ $count ->
    [one] 1 more character
   *[other] { $count } more characters
} not shown; Copy text copies the whole paragraph)
reader-bookmark-only = (bookmark)
reader-note-was = was { $paragraph }
reader-edit-note-tip = Edit this note
reader-comment = Comment · { $author } { $date }
reader-comment-tip = A comment in the Word file. Click to copy it into your notes.

# TRANSLATE
## Screen readers: what each part of the reading view is called

a11y-bookmark = Bookmark { $paragraph }
a11y-remove-bookmark = Remove bookmark from { $paragraph }
a11y-bookmark-this-paragraph = Bookmark this paragraph
a11y-remove-bookmark-this-paragraph = Remove bookmark from this paragraph
a11y-footnote-marker = footnote { $marker }
a11y-footnote = Footnote { $marker }: { $text }
a11y-back-to-text = back to footnote { $marker } in the text
a11y-note = Note on { $paragraph }: { $text }
a11y-comment = Comment by { $author } on { $paragraph }: { $text }

# TRANSLATE
## Notices: what the window says when something is done

notice-scan-cancelled = The library scan was cancelled.
notice-library-folder-not-available = A library folder is not available now; its documents stay listed: { $path }
notice-library-up-to-date = Library up to date: { $files ->
    [one] 1 file
   *[other] { $files } files
}, { $read } read, { $unchanged } unchanged
notice-library-up-to-date-unreadable = Library up to date: { $files ->
    [one] 1 file
   *[other] { $files } files
}, { $read } read, { $unchanged } unchanged, { $unreadable } unreadable (listed in the library)
notice-imported = Imported { $copied ->
    [one] 1 file
   *[other] { $copied } files
} into the library ({ $already ->
    [one] 1 was
   *[other] { $already } were
} already there).
notice-copied-notes = Copied { $count ->
    [one] 1 note
   *[other] { $count } notes
} from { $source }.
notice-place-on-page-unknown = This paragraph's place on its page is not known.
notice-no-pages = Show on page is for documents opened from a PDF: this one has no pages.
notice-note-deleted = Note deleted.
notice-saved-comparison = Saved the comparison: { $path }
notice-saved-redline = Saved the comparison as a Word file with tracked changes: { $path }
notice-saved-votes = Saved the votes: { $path }
notice-opened-in-other-language = { $symbol } opened in { $found }: your library has no { $wanted } version.
notice-opened-in-unknown-language = { $symbol } opened in another language: your library has no { $wanted } version.
notice-opened-in-other-language-no-version = { $symbol } opened in { $found }: your library has no version in this language.
notice-opened-in-unknown-language-no-version = { $symbol } opened in another language: your library has no version in this language.

# TRANSLATE
## Errors: what could not be done, and why

error-session-unreadable = could not read the last session ({ $error }): { $path }
error-session-damaged = the last session could not be restored ({ $error }): { $path }
error-session-damaged-kept = the last session could not be restored ({ $error }); kept as { $kept }: { $path }
error-save-session = could not save the session: { $error }
error-library-not-opened = the library could not be opened: { $error }
error-library-folder-missing = a library folder is missing: { $path }
error-library-scan-failed = the library scan failed: { $error }
error-query-stopped = the query stopped unexpectedly
error-undo-document-closed = The document of the deleted note is no longer open; open it to undo.
error-bookmark-source-unknown = cannot open { $document }: where it was opened from is not known
error-save-comparison = could not save the comparison ({ $error }): { $path }
error-write-word = could not write the Word file ({ $error })
error-save-word = could not save the Word file ({ $error }): { $path }
error-save-votes = could not save the votes ({ $error }): { $path }
error-no-paragraph = no paragraph { $paragraph } in { $document }

# TRANSLATE
## File dialogs: the kinds of file offered

dialog-resolutions = Resolutions
dialog-all-files = All files

# TRANSLATE
## Library: a document without a symbol

library-no-symbol = (no symbol)

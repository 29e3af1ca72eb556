# Plenary 的中文（简体）界面。参照文本和缺省文本为 en.ftl：译文缺少的消息以英文显示。
# 每条消息为 `key = text`；`.tip` 行为工具提示。
# 只翻译 `=` 之后的文本；`{ $placeholders }` 保持原样。中文没有复数形式（Unicode CLDR
# 类别仅有 other），因此计数消息不使用选择器。

language-name = 中文
language-direction = ltr

## 程序核心给出的消息：文件无法读取的原因、文件的警告、文库或笔记出错的原因、所引文号指的是什么、比较不如平常细致的原因。命令行以英文原样输出这些消息；窗口则使用界面语言。$path、$error（系统本身的措辞）和 $symbol 等值原样显示

# 文件无法读取的原因：$reason 为下列 read-* 消息之一；$line 和 $column 为文件中的位置（如已知）；路径放在最后。
read-error = 无法读取：{ $reason }：{ $path }
read-error-line = 无法读取：{ $reason }（第{ $line }行）：{ $path }
read-error-line-column = 无法读取：{ $reason }（第{ $line }行第{ $column }列）：{ $path }
read-no-such-file = 文件不存在
read-permission-denied = 没有访问权限
read-folder = 这是文件夹，不是文件
read-not-regular-file = 不是普通文件
read-named-pipe = 不是普通文件（是命名管道）
read-device = 不是普通文件（是设备）
read-socket = 不是普通文件（是套接字）
read-too-large-mb = 文件过大（{ $size } MB或以上；上限为{ $limit } MB）
read-too-large = 文件过大，不可能是决议
read-binary-as-text = 这是PDF或Word文件，其内容被当作文本读取
read-not-a-resolution = 不是决议：应为Akoma Ntoso XML、PDF或联合国文件的文本导出
read-empty = 文件为空
read-binary = 这是二进制文件，不是文本
read-not-utf8 = 不是UTF-8编码（偏移量{ $offset }处有无效字节）；请另存为UTF-8或带字节顺序标记的UTF-16
read-utf16-odd = 不是有效的UTF-16（字节数为奇数）
read-utf16-surrogate = 不是有效的UTF-16（有未配对的代理项）
read-no-paragraphs-after-formula = 执行部分引语“{ $formula }”之后没有段落
read-no-paragraphs = 没有决议段落
read-not-like-a-resolution = 看起来不像决议：没有执行部分引语、标题或编号段落
read-xml-not-akoma-ntoso = 是XML，但不是Akoma Ntoso（其根元素为<{ $element }>）
read-akoma-ntoso-no-resolution = 是Akoma Ntoso，但其中没有决议（没有statement元素或其他文件）
read-akoma-ntoso-no-text = 是Akoma Ntoso，但其中没有决议案文（没有序言部分，也没有执行部分）
read-parameter-entities = 其DOCTYPE声明了参数实体，不受支持
read-external-entities = 其DOCTYPE声明了外部实体，外部实体一律不获取
read-nested-entities = 声明了展开为其他实体的实体，不受支持
read-entities-too-large = 声明的实体展开后将超过8 MB
read-too-many-nodes = 文件过大，不可能是决议（XML节点超过{ $limit }个）
read-malformed-xml = XML格式错误：{ $error }
read-word-part-too-large = 这是Word文件，其组成部分{ $part }解压后比任何决议都大
read-word-part-not-utf8 = 这是Word文件，其组成部分{ $part }不是UTF-8编码
read-word-damaged = 这是无法解压的Word文件（{ $error }）
read-word-part-malformed = 这是Word文件，其组成部分{ $part }格式错误：{ $error }
read-word-no-text = 这是缺少正文（word/document.xml）的Word文件
read-word-no-body = 这是没有正文部分的Word文件
read-pdf-damaged = 这是无法读取的PDF（内容已损坏）
read-pdf-too-large = 这是页数或文字多于任何决议的PDF
read-pdf-not-opened = 这是无法打开的PDF（{ $error }）
read-pdf-scanned = 这是扫描的PDF，其中没有文字（只有页面图像）：Plenary读取的是含有文字的PDF
read-pdf-no-text = 这是没有文字的PDF
read-pdf-unknown-letters = 这是PDF，其字体未说明所绘制的是哪些字符：无法读取其文字
read-pdf-page-not-drawn = 这是PDF，其页面无法绘制
read-pdf-no-such-page = 文件共有{ $count }页：没有第{ $page }页

# 文件的警告：阅读程序所作的纠正。$line 为文件中的行。
warning-at-line = 第{ $line }行：{ $warning }
warning-text-before-formula = 执行部分引语之前的文字不属于封面：“{ $text }”
warning-number-restored = 第{ $number }段没有编号；从其案文开始处读取
warning-operative-unnumbered = 执行部分第{ $number }段没有编号；根据其位置读作第{ $previous }段之后的段落
warning-operative-no-text = 执行部分第{ $number }段没有案文
# $label 为印出的分段编号，如(c)；$position 为其在列表中的次序；$paragraph 为其所属段落（OP3）。
warning-subparagraph-gap = 编号不连续：分段{ $label }是{ $paragraph }下的第{ $position }个分段
warning-marker-without-footnote = 脚注标记{ $marker }没有对应的脚注
warning-footnote-unreferenced = 脚注{ $marker }从未被引用
warning-operative-gap = 编号不连续：执行部分第{ $number }段接在第{ $previous }段之后
warning-annex-gap = 编号不连续：附件第{ $number }段接在第{ $previous }段之后
warning-misprinted-number = 第{ $number }段印为“{ $printed }.”；读作第{ $number }段
warning-operative-skipped = 执行部分第{ $number }段接在第{ $previous }段之后
warning-operative-start = 执行部分段落从第{ $number }段开始
warning-restart-without-heading = 编号从1重新开始，但没有可区分各段的节标题
warning-annex-numbered-by-word = 本文件中没有附件的段落编号（由Word自动编号）；其{ $count }个段落按印出的样子编为第1至{ $count }段
warning-section-numbered-by-word = 本文件中没有某一节的段落编号（由Word自动编号）；其{ $count }个段落按印出的样子编为第1至{ $count }段
warning-subparagraph-first = 分段{ $label }出现在所有编号段落之前；读作执行部分段落
warning-id-taken = 段落标识符{ $id }已被占用；此段改为{ $new }
warning-sections-too-deep = 节的嵌套层次过深；已跳过最内层
warning-lists-too-deep = 列表的嵌套层次过深；已跳过最内层
warning-annex-heading-outside = 附件标题不在任何附件之内
warning-number-after-links = 第{ $number }段的编号印在属于其案文的链接之后
warning-elements-too-deep = 元素的嵌套层次过深；已跳过最内层的文字
warning-footnote-in-footnote = 已跳过脚注中的脚注
warning-footnote-without-marker = 有一个脚注没有标记；按其位置编号
warning-footnote-no-text = 脚注{ $marker }没有文字
warning-marker-without-text = 脚注标记{ $marker }在文件中没有脚注文字
warning-unknown-element-kept = 未知元素<{ $element }>作为纯文本读取
warning-unknown-element-skipped = 已跳过未知元素<{ $element }>
warning-no-paragraphs = 序言部分和执行部分中没有段落
warning-cover-symbol = 封面上写的是{ $cover }，但本文件是{ $symbol }（根据其编号和标识）；读作{ $symbol }
warning-tracked-changes = 文件中有{ $count }处修订：读取的是接受全部修订后的案文
warning-nested-too-deep = 文件的部分内容嵌套过深，无法读取
warning-pdf-ocr = 此PDF是扫描页，其文字由OCR识别：可能有误读的字词（“{ action-show-on-page }”可显示扫描图像）
warning-pdf-letters-repaired = 有{ $count }个字符是从嵌入字体中读取的：PDF本身的字符映射表（ToUnicode）对这些字符有误

# 文库或笔记无法完成某项操作的原因：$cannot 为下列 *-cannot-* 消息之一，$error 为系统本身的措辞。
io-error = { $cannot }：{ $error }：{ $path }
library-cannot-clear-index = 无法清除已损坏的文库索引
library-cannot-create-index = 无法创建文库索引
library-cannot-write-cache = 无法写入文库缓存
library-cannot-save-folders = 无法保存文库文件夹列表
library-cannot-create-folder = 无法创建文库文件夹
library-cannot-lock-folders = 无法锁定文库文件夹列表
library-error-index = 文库索引出错（{ $error }）：{ $path }
library-error-busy = 另一个Plenary正在更新文库；请在其完成后重试：{ $path }
library-error-not-a-folder = 不是文件夹：{ $path }
library-error-unknown-folder = 不是文库中的文件夹：{ $path }
library-error-scan-lost = 文库扫描意外中止
library-error-not-in-library = 文库中没有：{ $symbol }
library-error-unknown-state = 文库中没有任何记录表决列有此国家：{ $state }
library-error-ambiguous-state = 可能是以下任何一个：{ $states }；请输入更完整的名称：{ $state }
store-cannot-list = 无法列出笔记
store-cannot-create-folder = 无法创建笔记文件夹
store-cannot-lock = 无法锁定笔记
store-cannot-save = 无法保存笔记
store-cannot-keep-backup = 无法保留笔记备份
store-cannot-read = 无法读取笔记
store-cannot-move-aside = 无法将损坏的笔记移至别处
store-cannot-restore = 无法恢复笔记
store-cannot-read-backup = 无法读取笔记备份
store-error-newer-version = 这些笔记由较新版本的Plenary保存（格式{ $found }；本版本最高支持格式{ $supported }），在此只能查看，因此未作任何更改：{ $path }
store-error-no-such-note = 没有笔记{ $id }（可能已在另一个窗口中删除）：{ $path }
store-error-encode = 无法保存笔记（{ $error }）：{ $path }
store-error-import = 无法导入：{ $reason }：{ $path }
store-import-not-json = 不是JSON（{ $error }）
store-import-not-an-export = 不是笔记导出文件（应为W3C Web Annotation JSON）
store-import-not-utf8 = 不是UTF-8文本

# 所引文号指的是什么，显示在引文卡片上。$kind 为 resolution、decision 或 document。
symbol-general-assembly = { $kind ->
    [resolution] 大会决议
    [decision] 大会决定
   *[document] 大会文件
}
symbol-general-assembly-record = 逐字记录（大会）
symbol-general-assembly-draft = 草案（大会全体会议）
# 大会的主要委员会，按其编号 $number（0：没有该编号）。
symbol-committee = { $number ->
    [1] 第一委员会
    [2] 第二委员会
    [3] 第三委员会
    [4] 第四委员会
    [5] 第五委员会
    [6] 第六委员会
   *[other] 主要委员会
}
symbol-committee-draft = 草案（{ $committee }）
symbol-committee-summary-record = 简要记录（{ $committee }）
symbol-committee-document = { $committee }文件
symbol-human-rights-council = { $kind ->
    [resolution] 人权理事会决议
    [decision] 人权理事会决定
   *[document] 人权理事会文件
}
symbol-human-rights-council-draft = 草案（人权理事会）
symbol-security-council-resolution = 安全理事会决议
symbol-presidential-statement = 安全理事会主席声明
symbol-security-council-record = 逐字记录（安全理事会）
symbol-security-council-document = 安全理事会文件
symbol-economic-and-social-council = { $kind ->
    [resolution] 经济及社会理事会决议
    [decision] 经济及社会理事会决定
   *[document] 经济及社会理事会文件
}
symbol-commission-on-human-rights = { $kind ->
    [resolution] 人权委员会决议
    [decision] 人权委员会决定
   *[document] 人权委员会文件
}
symbol-commission-draft = 草案（经济及社会理事会职司委员会）
symbol-commission-document = 经济及社会理事会职司委员会文件
symbol-bulletin = 秘书长公报
symbol-administrative-instruction = 行政指示
symbol-secretariat-document = 秘书处文件
symbol-document = 联合国文件

# 比较不如平常细致的原因，显示在比较结果上方。
compare-notice-time-limit = 比较超出了时限：部分有改动的段落整段显示，未标出逐词改动。
compare-notice-too-large = 文件过大，无法按相似度对齐每个段落：部分有改动的段落显示为删除和新增。
compare-notice-unrelated = 这两份文件看起来是不同的案文，而不是同一案文的两个版本：两者的段落很少相互对应。

# 笔记文件经修复、移至别处或只读取了一部分时笔记给出的消息。$notes 为 store-notes-on（某一文件的笔记，$document 为其名称）或 store-notes；$reason 为某条 store-damage-* 消息或JSON读取程序给出的英文原因。
store-notes-on = { $document }的笔记
store-notes = 笔记
store-damage-empty = 文件为空
store-damage-not-an-object = 不是JSON对象
store-damage-no-notes = 其中没有笔记列表
store-warning-lost-notes = { $notes }中有{ $count }条已丢失，但其最后一份完好副本中仍保留着（文件是否在Plenary之外被修改过？）；该副本已保留为{ $path }
store-warning-newer-shown = { $notes }由较新版本的Plenary保存（格式{ $found }；本版本最高支持格式{ $supported }）；在此以只读方式显示，不会被更改：{ $path }
store-warning-newer-not-shown = { $notes }由较新版本的Plenary保存（格式{ $found }；本版本最高支持格式{ $supported }）；本版本无法显示，也不会作任何更改：{ $path }
store-warning-not-repaired = { $notes }无法读取，也无法修复（{ $error }）；如有最后一份完好副本，则显示该副本：{ $path }
store-warning-damaged = { $notes }已损坏（{ $reason }）；损坏的文件已保留为{ $path }
store-warning-restored = { $notes }已丢失，现已从最后一份完好副本恢复：{ $path }
store-warning-backup-damaged = { $notes }已丢失，且其最后一份副本已损坏（{ $reason }）；该副本已保留为{ $path }
store-warning-damaged-restored = { $notes }已损坏（{ $reason }），现已从最后一份完好副本恢复（此后所作的更改可能缺失）；损坏的文件已保留为{ $path }
store-warning-damaged-no-copy = { $notes }已损坏（{ $reason }），且没有更早的副本；损坏的文件已保留为{ $path }
# $backup：损坏的最后一份副本的保留位置；$path：损坏文件的保留位置。
store-warning-both-damaged = { $notes }已损坏（{ $reason }），其最后一份副本也已损坏；两者均已保留，分别为{ $backup }和{ $path }
store-warning-import-skipped = 有{ $count }项不是带有目标的注释，已跳过：{ $path }

# 文库无法读取的文件列表中所列原因（接在 read-error 的“无法读取：”之后）。$reason 为某条 read-* 消息。
library-unreadable-line = { $reason }（第{ $line }行）
library-unreadable-line-column = { $reason }（第{ $line }行第{ $column }列）
library-unreadable-reader-failed = 读取程序处理此文件时出错（请报告此文件）
library-unreadable-not-unicode = 文件名不是有效的Unicode
library-unreadable-not-examined = 无法检查（{ $reason }）
library-unreadable-folder-not-listed = 这是无法列出内容的文件夹（{ $reason }）
library-unreadable-too-deep = 这是嵌套过深的文件夹（超过{ $limit }层）；未读取
library-unreadable-link-loop = 这是指向其所在文件夹的链接（形成循环）；未跟随
library-unreadable-link-not-listed = 这是指向无法列出内容的文件夹的链接（{ $reason }）
library-unreadable-link-to-itself = 这是指回自身的链接（形成循环）
library-unreadable-broken-link = 这是失效链接（其指向的对象不存在）
library-unreadable-link-not-followed = 这是无法跟随的链接（{ $reason }）
library-import-no-such-file = 文件或文件夹不存在
library-import-not-copied = 无法复制（{ $error }）
library-import-namesakes = 文库中同名文件过多

# 文库打开时给出的消息：缓存或索引已损坏，将重建；文件夹列表已损坏。$kept：损坏列表的保留位置。
library-warning-cache-damaged = 文库缓存已损坏（{ $reason }）；将根据文件重建：{ $path }
library-warning-index-damaged = 文库索引已损坏（{ $reason }）；将根据文件重建：{ $path }
library-warning-folders-backup = 文库文件夹列表已损坏（{ $error }）；现使用其备份：{ $path }
library-warning-folders-emptied = 文库文件夹列表已损坏（{ $error }），现已清空：{ $path }
library-warning-folders-emptied-kept = 文库文件夹列表已损坏（{ $error }），现已清空（原列表已保留为{ $kept }）：{ $path }
# 文库缓存重建的原因。
library-rebuilt-other-version = 该缓存由另一版本的Plenary创建
library-rebuilt-cache-other-version = 文库缓存由另一版本的Plenary创建
library-rebuilt-cache-damaged = 文库缓存已损坏（{ $reason }）
library-rebuilt-index-damaged = 文库索引已损坏（{ $reason }）
library-rebuilt-cache-mismatch = 文库缓存与其索引不符
# 文库缓存或索引中损坏的部分。
library-damage-facts-unreadable = 无法读取其中的文件概况：{ $error }
library-damage-facts-mismatch = 其中的文件概况与其文件不符
library-damage-index-files = { $count }个文件未通过校验
library-damage-index-unchecked = 无法校验其文件

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
menu-in-the-library = 文库中
menu-draft = 草案{ $symbol }
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
tabs-more = 全部标签页（另有 { $count } 个）
tabs-more-tip = 所有打开的文件，包括标签栏中放不下的文件
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

action-export-pdf = 导出为 PDF…
    .tip = 供打印或带去会议的简报：正文及其旁的笔记，还可附上相关事实和修改情况

action-print = 打印…
    .tip = 打印简报：正文及其旁的笔记

action-close = 关闭
    .tip = 关闭此文件

action-quit = 退出
    .tip = 关闭窗口；下次启动时将恢复已打开的文件

action-next-document = 下一份文件
    .tip = 显示下一份已打开的文件

action-outline-panel = 大纲
    .tip = 显示或隐藏文件各段落的大纲

action-notes-panel = 笔记和书签
    .tip = 显示或隐藏笔记和书签面板

action-facts-panel = 表决和提案国
    .tip = 显示或隐藏本决议的概况：通过方式、各国的投票及提案国

action-dark-theme = 深色主题
    .tip = 深色背景上显示浅色文字

action-high-contrast = 高对比度
    .tip = 黑底白字，链接和焦点为黄色，每个控件均有边框

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
action-next-pane = 下一窗格
    .tip = 将键盘移到下一窗格：大纲、正文、笔记面板、事实面板；比较时为各行和更改列表
action-previous-pane = 上一窗格
    .tip = 将键盘移到上一窗格

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
    .tip = 关闭键盘快捷键或引用卡片；如无，则关闭查找栏；如无查找栏，则取消所选文本
action-undo-delete = 撤销删除笔记
    .tip = 恢复最近删除的笔记

action-keyboard-shortcuts = 键盘快捷键
    .tip = 列出所有键盘快捷键

## 比较：两份文本并排显示、Word草案中的修订、对照阅读

compare-heading-changes = 比较{ $old }与{ $new }
compare-heading-tracked = { $document }中的修订
compare-heading-parallel = 对照阅读{ $first }和{ $second }
compare-comparing = 正在比较…{ $seconds }秒
compare-show = 显示：
compare-show-original = 原始版本
compare-show-original-tip = 修改之前的文本
compare-show-with-changes = 显示修订
compare-show-with-changes-tip = 修改前后的文本并排显示，并标出修改之处
compare-show-final = 最终版本
compare-show-final-tip = 接受所有修订后的文本
compare-summary = 新增{ $added }处，删除{ $deleted }处，修改{ $changed }处，移动{ $moved }处
compare-unchanged = （{ $count }处未变）
compare-previous-change = 上一处修改
compare-previous-change-tip = 上一处修改（Shift+F7或P）
compare-next-change = 下一处修改
compare-next-change-tip = 下一处修改（F7或N）
compare-hide-unchanged = 隐藏未变内容
compare-fold = … { $count }个未改动的段落 …
compare-fold-tip = 显示这些段落
compare-column-older = 较早：{ $document }
compare-column-newer = 较新：{ $document }
compare-column-before = 修订前
compare-column-after = 含修订
compare-ignore-punctuation-width = 忽略标点的全角/半角差异
compare-ignore-punctuation-width-tip = “，”与“,”视为相同
compare-ignore-whitespace = 忽略空白
compare-export = 导出
compare-export-html = HTML网页…
compare-export-markdown = Markdown…
compare-export-word = 带修订标记的Word文件…
compare-export-word-tip = 生成一份可用Word和LibreOffice打开的修订稿，以便逐条接受或拒绝修订
compare-changes-by = 修订者：
compare-changes-by-tip = Word为每处修订显示的作者
compare-close = 关闭
compare-close-tip = 返回阅读
compare-changes = 修改之处
compare-no-differences = 没有差异
compare-status-unchanged = 未变
compare-status-changed = 已修改
compare-status-added = 新增
compare-status-deleted = 已删除
compare-status-moved = 已移动

## A briefing or redline printed as PDF
briefing-bookmarked = 书签
briefing-added = 新增
briefing-deleted = 删除
briefing-moved-from = 从 { $paragraph } 移来
briefing-renumbered = 原为 { $paragraph }
briefing-title = 简报（PDF）
briefing-intro = 按印刷版式排出的决议，含段落编号和脚注，另加您在此选择的内容。
briefing-with-notes = 我的笔记和书签
    .tip = 每条笔记印在其段落旁的页边；加了书签的段落会标出
briefing-no-notes = 此文件尚无笔记或书签
briefing-with-facts = 事实：表决和提案国
    .tip = 文件所载的通过方式、各国投票和提案国
briefing-changes-since = 相对于以下版本的修改：
briefing-changes-none = 无
briefing-no-earlier = 在标签页中打开较早版本，或把您的文件夹加入文库，即可概述修改情况。
briefing-save = 另存为 PDF…
briefing-print = 打印
briefing-making = 正在生成 PDF… { $seconds } 秒
compare-export-pdf = PDF 修订稿…
    .tip = 可打印的 PDF 比较：删除处加删除线，插入处加下划线
notice-saved-pdf = 已保存 PDF：{ $path }
notice-printed = 已发送到打印机：{ $path }
notice-print-viewer = 此处未设置打印机：PDF 已在您的 PDF 阅读器中打开，可从那里打印（{ $path }）
error-save-pdf = 无法保存 PDF（{ $error }）：{ $path }
error-pdf = 无法生成 PDF：{ $error }
error-pdf-stopped = PDF 未完成即已停止
error-print = 无法打印（{ $error }）；PDF 保存在：{ $path }
compare-change-inserted = 由{ $author }插入
compare-change-deleted = 由{ $author }删除
compare-change-moved-from = 由{ $author }从此处移走
compare-change-moved-to = 由{ $author }移至此处
compare-unnamed-author = 未具名作者
compare-change-dated = { $change }，{ $date }
compare-summary-for-report = 供报告使用的摘要
compare-copy = 复制
compare-copy-tip = 复制这些内容，以便粘贴到报告中
compare-digest-heading = 从{ $old }到{ $new }的变化：
compare-digest-added = 新增{ $count }段（{ $paragraphs }）
compare-digest-deleted = 删除{ $count }段（{ $paragraphs }）
compare-digest-moved = 移动{ $count }段（{ $paragraphs }）
compare-digest-changed = 修改{ $count }段（{ $paragraphs }）
compare-digest-stronger = { $paragraph }：{ $old } → { $new }（措辞加强）
compare-digest-weaker = { $paragraph }：{ $old } → { $new }（措辞减弱）
compare-digest-vote-then-now = 表决：原为{ $then }，现为{ $now }
compare-digest-vote = 表决：{ $now }

## 笔记和书签：笔记编辑器和笔记面板

notes-editor-edit = 关于{ $paragraph }的笔记
notes-editor-new = 为{ $paragraph }新建笔记
notes-read-only = 这些笔记由较新版本的Plenary保存，在此只能查看，不能修改。
notes-your-note = 笔记内容
notes-colour = 颜色
notes-color-yellow = 黄色
notes-color-green = 绿色
notes-color-blue = 蓝色
notes-color-pink = 粉红色
notes-color-orange = 橙色
notes-color-purple = 紫色
notes-tags = 标签
notes-tags-hint = 任务授权, 后续行动
notes-bookmark = 书签
notes-save = 保存
notes-cancel = 取消
notes-delete = 删除
notes-edit = 编辑
notes-discard-question = 放弃已写的内容？
notes-discard = 放弃
notes-keep-writing = 继续编辑
notes-filter-hint = 筛选：词语、#标签、OP3
notes-this-document = 本文件
notes-none-yet = 尚无笔记。按B可为段落添加书签，按N可写笔记。
notes-no-match = 没有符合筛选条件的笔记。
notes-status-attached = 已关联
notes-status-moved = 已移位（原为{ $from }，现为{ $now }）
notes-status-orphaned = 失去关联
notes-orphaned = 失去关联：原为{ $paragraph }“{ $quote }…”
notes-was = （原为{ $paragraph }：“{ $quote }…”）
notes-from = 来自{ $source }（{ $count }条笔记）
notes-banner = 您在本文件其他版本或其他语文本上的笔记：
notes-banner-copy = 复制到此处
notes-banner-show = 显示
notes-banner-show-tip = 在笔记面板中打开这些笔记
notes-export = 导出…
notes-export-markdown = Markdown
notes-export-markdown-tip = 按标题分组，每条笔记附有在其段落处打开Plenary的链接
notes-export-json = W3C Web Annotation（JSON）
notes-export-json-tip = 注释的标准格式；Plenary可将其重新导入
notes-export-csv = CSV
notes-export-csv-tip = 每条笔记一行，供电子表格使用
notes-copy-here = 将这些笔记复制到此处
notes-copy-here-tip = 每条笔记将放到其引文所在的段落；失去关联的笔记保留其引文
notes-all-bookmarks = 所有书签
notes-no-bookmarks = 暂无
notes-comments = 此文件中的批注（{ $count }）
notes-copy-comment = 复制到我的笔记
notes-copy-comment-tip = 为该段新建一条笔记，并填入此批注

## 在页面上显示：在文本旁显示PDF的页面

page-not-drawn = 无法绘制该页面
page-not-drawn-because = 无法绘制该页面：{ $error }
region-page = 出版版式页面
region-text = 正文
page-previous = ← 上一页
page-previous-tip = 本页的前一页
page-next = 下一页 →
page-next-tip = 本页的后一页
page-zoom-out-tip = 显示整个页面宽度
page-zoom-in-tip = 放大页面
page-close = 关闭页面
page-close-tip = 关闭页面视图
page-number = 第{ $page }页
page-number-of = 第{ $page }页，共{ $pages }页
page-marked = 已在印发版页面上标出{ $paragraph }。
page-marked-this-paragraph = 已在印发版页面上标出此段。
page-not-here = { $paragraph }不在本页。
page-not-here-this-paragraph = 此段不在本页。
page-drawing = 正在绘制页面…
page-as-published = { $file }印发版第{ $page }页

## 引用卡片：手头没有的被引文件

card-paragraph = 第{ $paragraph }段
card-not-among-your-files = 不在已有文件之中
card-not-open = 未打开，也不在曾从中打开文件的文件夹中
card-copy-symbol = 复制文号
card-copy-link = 复制链接
card-open-online = 在线打开 →
card-open-online-tip = 在浏览器中打开{ $url }
card-close = 关闭
card-search-library = 在文库中搜索
card-search-library-tip = 在您的文件中查找该文件以及引用它的案文
card-add-folder = 添加文件夹…
card-add-folder-tip = 将决议文件夹添加到文库：所引用的文件若在其中，即可从中打开

## 查找栏

find-hint = 在文件中查找
find-no-matches = 无匹配项
find-count = 第{ $current }项，共{ $total }项
find-previous-tip = 上一个匹配项（Shift+F3）
find-next-tip = 下一个匹配项（F3）
find-close-tip = 关闭（Esc）

## 大纲：决议的各个部分

outline-preamble = 序言部分
outline-operative-part = 执行部分
outline-annex = 附件
outline-division-preamble = { $division } · { outline-preamble }
outline-division-operative-part = { $division } · { outline-operative-part }

## 快捷键一览表

help-when-keys-act = 单个字母键、Esc键以及Alt加方向键仅在没有文本框获得焦点时起作用。
help-mouse-buttons = 鼠标的后退和前进按钮同样可以后退和前进。

## 阅读区：文件窗口，以及文本旁的脚注、笔记和批注

reader-no-document = 请通过“文件 › 打开”打开一项决议，或将文件拖放到此处。
reader-footnote = 脚注{ $marker }
reader-citation-paragraph = { $symbol }，第{ $paragraph }段
reader-more-characters = …（另有{ $count }个字符未显示；“复制文本”可复制整段）
reader-bookmark-only = （书签）
reader-note-was = 原为{ $paragraph }
reader-edit-note-tip = 编辑此笔记
reader-comment = 批注 · { $author } { $date }
reader-comment-tip = Word文件中的批注。点击即可将其复制到笔记中。

## 屏幕阅读器：阅读视图各部分的名称

a11y-open-note = 打开{ $paragraph }的笔记
a11y-bookmark = 为{ $paragraph }添加书签
a11y-remove-bookmark = 删除{ $paragraph }的书签
a11y-bookmark-this-paragraph = 为此段添加书签
a11y-remove-bookmark-this-paragraph = 删除此段的书签
a11y-footnote-marker = 脚注{ $marker }
a11y-footnote = 脚注{ $marker }：{ $text }
a11y-back-to-text = 返回正文中的脚注{ $marker }
a11y-note = 关于{ $paragraph }的笔记：{ $text }
a11y-edit-note = 编辑关于{ $paragraph }的笔记
a11y-delete-note = 删除关于{ $paragraph }的笔记
a11y-deleted = [删除：{ $text }]
a11y-inserted = [插入：{ $text }]
a11y-comment = { $author }对{ $paragraph }的批注：{ $text }

## 通知：操作完成后窗口显示的消息

notice-scan-cancelled = 文库扫描已取消。
notice-library-folder-not-available = 某个文库文件夹目前无法访问；其中的文件仍保留在列表中：{ $path }
notice-library-up-to-date = 文库已是最新：共{ $files }个文件，已读取{ $read }个，{ $unchanged }个未变
notice-library-up-to-date-unreadable = 文库已是最新：共{ $files }个文件，已读取{ $read }个，{ $unchanged }个未变，{ $unreadable }个无法读取（已在文库中列出）
notice-imported = 已将{ $copied }个文件导入文库（另有{ $already }个原已在文库中）。
notice-copied-notes = 已从{ $source }复制{ $count }条笔记。
notice-place-on-page-unknown = 此段在页面上的位置不详。
notice-no-pages = “在页面上显示”仅适用于从PDF打开的文件：此文件没有页面。
notice-note-deleted = 笔记已删除。
notice-saved-comparison = 比较结果已保存：{ $path }
notice-saved-redline = 比较结果已保存为带修订标记的Word文件：{ $path }
notice-saved-votes = 投票已保存：{ $path }
notice-opened-in-other-language = 已打开{ $symbol }的{ $found }版本：文库中没有{ $wanted }版本。
notice-opened-in-unknown-language = 已打开{ $symbol }的另一种语言版本：文库中没有{ $wanted }版本。
notice-opened-in-other-language-no-version = 已打开{ $symbol }的{ $found }版本：文库中没有此语言版本。
notice-opened-in-unknown-language-no-version = 已打开{ $symbol }的另一种语言版本：文库中没有此语言版本。

## 错误：无法完成的操作及其原因

error-session-unreadable = 无法读取上次会话（{ $error }）：{ $path }
error-session-damaged = 无法恢复上次会话（{ $error }）：{ $path }
error-session-damaged-kept = 无法恢复上次会话（{ $error }）；已另存为{ $kept }：{ $path }
error-save-session = 无法保存会话：{ $error }
error-library-not-opened = 无法打开文库：{ $error }
error-library-folder-missing = 找不到某个文库文件夹：{ $path }
error-library-scan-failed = 文库扫描失败：{ $error }
error-query-stopped = 查询意外中止
error-undo-document-closed = 被删除笔记所属的文件已关闭；请先打开该文件再撤销。
error-bookmark-source-unknown = 无法打开{ $document }：不知道该文件当初是从何处打开的
error-save-comparison = 无法保存比较结果（{ $error }）：{ $path }
error-write-word = 无法写入Word文件（{ $error }）
error-save-word = 无法保存Word文件（{ $error }）：{ $path }
error-save-votes = 无法保存投票（{ $error }）：{ $path }
error-no-paragraph = { $document }中没有段落{ $paragraph }

## 文件对话框：可选的文件类型

dialog-resolutions = 决议
dialog-all-files = 所有文件

## 文库：没有文号的文件

library-no-symbol = （无文号）
error-link = 无法打开此链接（{ $reason }）：{ $link }
error-link-not-found = 文件和文库中均没有{ $document }：请将其所在文件夹添加到文库。
notice-saved-notes = 笔记已保存：{ $path }
error-save-notes = 无法保存笔记（{ $error }）：{ $path }
prompt-title-open = 打开文件
prompt-title-compare = 与文件比较
prompt-title-folder = 向文库添加文件夹
prompt-title-import = 将文件导入文库
prompt-no-dialog = 此桌面无法显示文件对话框（既没有桌面门户，也没有zenity）。请直接输入路径：
prompt-hint-file = /home/您/文档/A_RES_75_32.xml
prompt-hint-folder = /home/您/文档/决议
prompt-no-such-file = 此路径下没有可读取的内容：请输入文件的完整路径。
prompt-no-such-folder = 此路径下没有文件夹。
prompt-go = 确定
prompt-cancel = 取消
reader-ibid = 同上：脚注{ $marker }，“{ $text }”

# واجهة Plenary باللغة العربية. المرجع هو en.ftl، ويُعرض نصه الإنجليزي لأي رسالة لا ترد في هذه الترجمة.
# كل رسالة على الصورة `key = text`؛ وأسطر `.tip` هي التلميحات.
# لا يُترجم إلا النص الوارد بعد `=`؛ وتبقى `{ $placeholders }` على حالها. وتُختار صيغ العدد
# بواسطة `{ $count -> [zero] … [one] … [two] … [few] … [many] … *[other] … }` (فئات CLDR للغة العربية).

## القوائم

menu-file = ملف
menu-view = عرض
menu-library = المكتبة
menu-find = بحث
menu-help = تعليمات
menu-open-recent = الوثائق الأخيرة
menu-show-beside = العرض بجانب
menu-compare-with = مقارنة مع
menu-read-in-parallel = القراءة بالتوازي مع
menu-language = اللغة
nothing-yet = لا شيء بعد
open-second-first = افتح وثيقة ثانية أولا
open-other-language-first = افتح نسخة بلغة أخرى أولا

## قائمة الاختصارات: مجموعات الإجراءات، و"J أو Alt+Down"

group-file = ملف
group-view = العرض والتنقل
group-library = المكتبة
group-find = البحث
group-paragraph = الفقرة قيد القراءة
group-help = تعليمات
keys-or = أو

## علامات التبويب والسجل والرسائل

back-nothing = رجوع: لا يوجد بعد موضع سابق للعودة إليه
tab-beside = { $title } (عرض جانبي)
tab-show-beside = العرض بجانب الوثيقة الحالية
undo = تراجع
remove-bookmark = إزالة الإشارة المرجعية
ok = موافق
dismiss = تجاهل
cannot-open = تعذر الفتح

## شريط الحالة

status-scanning = جارٍ فحص المكتبة…
status-no-document = لا توجد وثيقة
format-text = نص مُصدَّر
status-paragraphs = { $preambular ->
    [zero] لا فقرات في الديباجة
    [one] فقرة واحدة في الديباجة
    [two] فقرتان في الديباجة
    [few] { $preambular } فقرات في الديباجة
    [many] { $preambular } فقرة في الديباجة
   *[other] { $preambular } فقرة في الديباجة
}، { $operative ->
    [zero] لا فقرات في المنطوق
    [one] فقرة واحدة في المنطوق
    [two] فقرتان في المنطوق
    [few] { $operative } فقرات في المنطوق
    [many] { $operative } فقرة في المنطوق
   *[other] { $operative } فقرة في المنطوق
}
status-annex = { $count ->
    [zero] لا فقرات في المرفق
    [one] فقرة واحدة في المرفق
    [two] فقرتان في المرفق
    [few] { $count } فقرات في المرفق
    [many] { $count } فقرة في المرفق
   *[other] { $count } فقرة في المرفق
}
status-footnotes = { $count ->
    [zero] لا حواشي
    [one] حاشية واحدة
    [two] حاشيتان
    [few] { $count } حواش
    [many] { $count } حاشية
   *[other] { $count } حاشية
}
status-citations = { $count ->
    [zero] لا إحالات
    [one] إحالة واحدة
    [two] إحالتان
    [few] { $count } إحالات
    [many] { $count } إحالة
   *[other] { $count } إحالة
}
status-warnings = { $count ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $count } تحذيرات
    [many] { $count } تحذيرا
   *[other] { $count } تحذير
}

## المكتبة، والتصويت حسب الدولة العضو، وبنود جدول الأعمال

library-all-languages = جميع اللغات
library-the-library-could-not-be = تعذر فتح المكتبة؛ انظر الرسالة أعلاه.
library-library = المكتبة
library-back-to-reading = العودة إلى القراءة
library-cancel = إلغاء
library-search-the-library-words-a = البحث في المكتبة: كلمات، أو "عبارة"، أو رمز (75/32)
library-operative-paragraphs-only = فقرات المنطوق فقط
library-search = بحث
library-back-to-the-list-of = العودة إلى قائمة القرارات
library-nothing-found = لم يُعثر على أي نتيجة.
library-filter-by-symbol-or-title = التصفية حسب الرمز أو العنوان
library-all-bodies = جميع الهيئات
library-add-a-folder-of-resolutions = أضف مجلدا يضم قرارات (ملفات Akoma Ntoso XML أو نصوصا مُصدَّرة) لاستعراضها والبحث فيها هنا، ولفتح الوثائق التي تحيل إليها.
library-languages = اللغات
library-remove = إزالة
library-stop-including-this-folder-the = التوقف عن إدراج هذا المجلد (تبقى الملفات في مكانها)
library-this-document-has-no-symbol = ليس لهذه الوثيقة رمز.
library-none-in-your-library = لا توجد أي وثيقة في مكتبتك
library-no-resolution-in-the-library = لا يوجد في المكتبة أي قرار اعتُمد بتصويت مسجل: أضف ملفات Akoma Ntoso الخاصة بإحدى الدورات لمعرفة كيف صوتت كل دولة عضو.
library-member-state = الدولة العضو:
library-find-a-member-state = البحث عن دولة عضو
library-session = الدورة:
library-all-sessions = جميع الدورات
library-agenda-item = بند جدول الأعمال:
library-all-agenda-items = جميع بنود جدول الأعمال
library-show = عرض:
library-save-the-votes-listed-below = حفظ الأصوات المدرجة أدناه في جدول بيانات (CSV)
library-no-vote-matches-these-filters = لا يوجد تصويت يطابق عوامل التصفية هذه.
library-title = العنوان
library-open-this-resolution = فتح هذا القرار
library-absent = غائب
library-no-resolution-in-the-library-2 = لا يوجد في المكتبة أي قرار يُذكر فيه بند جدول الأعمال الخاص به: أضف ملفات Akoma Ntoso الخاصة بإحدى الدورات لعرض قراراتها حسب بند جدول الأعمال.
library-find-an-agenda-item = البحث عن بند من بنود جدول الأعمال
library-choose-an-agenda-item-to = اختر بندا من بنود جدول الأعمال لعرض القرارات المتخذة في إطاره حسب الدورة.
library-resolutions = القرارات
library-counts = { $resolutions ->
    [zero] لا قرارات
    [one] قرار واحد
    [two] قراران
    [few] { $resolutions } قرارات
    [many] { $resolutions } قرارا
   *[other] { $resolutions } قرار
} · { $files ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفا
   *[other] { $files } ملف
}
library-counts-unreadable = { $resolutions ->
    [zero] لا قرارات
    [one] قرار واحد
    [two] قراران
    [few] { $resolutions } قرارات
    [many] { $resolutions } قرارا
   *[other] { $resolutions } قرار
} · { $files ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفا
   *[other] { $files } ملف
} · { $unreadable ->
    [zero] لا ملفات غير مقروءة
    [one] ملف واحد غير مقروء
    [two] ملفان غير مقروءين
    [few] { $unreadable } ملفات غير مقروءة
    [many] { $unreadable } ملفا غير مقروء
   *[other] { $unreadable } ملف غير مقروء
}
library-close = إغلاق
library-scan-progress = { $phase } { $done }/{ $total } { $name }
library-phase-listing = جارٍ حصر الملفات
library-phase-reading = جارٍ القراءة
library-phase-saving = جارٍ الحفظ
library-looking-for-files = جارٍ البحث عن الملفات…
library-browse = استعراض
library-results = { $count ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
library-symbol = الرمز
library-adopted = تاريخ الاعتماد
library-body = الهيئة
library-session-column = الدورة
library-files-unreadable = { $count ->
    [zero] لا توجد ملفات تعذرت قراءتها
    [one] تعذرت قراءة ملف واحد
    [two] تعذرت قراءة ملفين
    [few] تعذرت قراءة { $count } ملفات
    [many] تعذرت قراءة { $count } ملفا
   *[other] تعذرت قراءة { $count } ملف
}
library-folders = المجلدات ({ $count })
library-cited-by = الوثائق المحيلة ({ $count })
library-documents-that-cite = الوثائق الموجودة في مكتبتك التي تحيل إلى { $symbol }
body-general-assembly = الجمعية العامة
body-security-council = مجلس الأمن
body-human-rights-council = مجلس حقوق الإنسان
body-economic-and-social-council = المجلس الاقتصادي والاجتماعي
body-short-general-assembly = الجمعية العامة
body-short-security-council = مجلس الأمن
body-short-human-rights-council = مجلس حقوق الإنسان
body-short-economic-and-social-council = المجلس الاقتصادي والاجتماعي
votes-all = جميع الأصوات
votes-with-majority = مع الأغلبية
votes-not-with-majority = خلافا للأغلبية
votes-my-country = بلدي
votes-show-how = عرض تصويت { $state }
votes-reading = جارٍ قراءة سجل تصويت { $state }…
votes-export-csv = تصدير بصيغة CSV…
votes-summary = { $state }: مع الأغلبية في { $with } من أصل { $cast ->
    [zero] { $cast } صوت
    [one] صوت واحد
    [two] صوتين
    [few] { $cast } أصوات
    [many] { $cast } صوتا
   *[other] { $cast } صوت
} ({ $share }%)؛ الغياب عن { $absent } من أصل { $recorded ->
    [zero] { $recorded } تصويت مسجل
    [one] تصويت مسجل واحد
    [two] تصويتين مسجلين
    [few] { $recorded } عمليات تصويت مسجل
    [many] { $recorded } تصويتا مسجلا
   *[other] { $recorded } تصويت مسجل
}
votes-share-with-majority = { $share }% مع الأغلبية
votes-click-session = { $session }. انقر لعرض هذه الدورة فقط
votes-vote = التصويت
votes-majority = الأغلبية
votes-count = العدد
votes-session-bar = { $session }: { $in_favour ->
    [zero] لا أصوات مؤيدة
    [one] صوت مؤيد واحد
    [two] صوتان مؤيدان
    [few] { $in_favour } أصوات مؤيدة
    [many] { $in_favour } صوتا مؤيدا
   *[other] { $in_favour } صوت مؤيد
}، { $against ->
    [zero] لا أصوات معارضة
    [one] صوت معارض واحد
    [two] صوتان معارضان
    [few] { $against } أصوات معارضة
    [many] { $against } صوتا معارضا
   *[other] { $against } صوت معارض
}، { $abstaining ->
    [zero] لا حالات امتناع
    [one] حالة امتناع واحدة
    [two] حالتا امتناع
    [few] { $abstaining } حالات امتناع
    [many] { $abstaining } حالة امتناع
   *[other] { $abstaining } حالة امتناع
}، { $absent ->
    [zero] لا حالات غياب
    [one] حالة غياب واحدة
    [two] حالتا غياب
    [few] { $absent } حالات غياب
    [many] { $absent } حالة غياب
   *[other] { $absent } حالة غياب
}؛ { $share }
agenda-count = { $count ->
    [zero] لا توجد بنود من جدول الأعمال
    [one] بند واحد من جدول الأعمال
    [two] بندان من جدول الأعمال
    [few] { $count } بنود من جدول الأعمال
    [many] { $count } بندا من جدول الأعمال
   *[other] { $count } بند من جدول الأعمال
}
agenda-sessions = { " · " }الدورات { $first }–{ $last }
agenda-session = { " · " }الدورة { $session }
agenda-resolutions = { $count ->
    [zero] لا قرارات
    [one] قرار واحد
    [two] قراران
    [few] { $count } قرارات
    [many] { $count } قرارا
   *[other] { $count } قرار
}
agenda-session-item = الدورة { $session } · { $item }
agenda-session-heading = الدورة { $session }
agenda-session-unknown = الدورة غير معروفة
agenda-recorded-vote = تصويت مسجل
agenda-vote = تصويت { $tally }
agenda-without-vote = دون تصويت
agenda-how-voted = تصويت { $state }
agenda-in-no-list = لم يرد اسم { $state } في أي قائمة
agenda-column-note = كل قرار مع نتيجة التصويت عليه وتصويت { $state }
vote-in-favour = مؤيد
vote-against = معارض
vote-abstaining = ممتنع
facts-adopted-recorded = اعتُمد بتصويت مسجل
facts-adopted-without-vote = اعتُمد دون تصويت
facts-outcome-tally = { $outcome }: { $tally }
facts-draft-not-adopted = مشروع قرار: لم يُعتمد بعد.
facts-no-record = لا يبين الملف كيف اعتُمد القرار.
facts-sponsors = مقدمو مشروع القرار
facts-additional-sponsors = مقدمو مشروع القرار الإضافيون
facts-committee-report = تقرير اللجنة
facts-adopted = اعتُمد
facts-agenda = بند جدول الأعمال
facts-recorded-vote = تصويت مسجل
facts-without-vote = دون تصويت
facts-compare-tip = مقارنة { $old } مع { $new }
facts-did-not-vote = { $state }: لم يشارك في التصويت

## لوحة المعلومات

facts-facts = معلومات القرار
facts-draft = مشروع القرار
facts-open-the-draft-if-it = فتح مشروع القرار إن كان متاحا، أو معرفة مكان الحصول عليه
facts-my-country = بلدي:
facts-e-g-canada = مثلا: Canada
facts-set-once-your-country-s = يُضبط مرة واحدة: يُبرز تصويت بلدك في كل قرار
facts-find-a-member-state = البحث عن دولة عضو
facts-history-of-the-text = تطور النص
facts-no-earlier-or-later-resolution = لا يوجد في المكتبة قرار سابق أو لاحق بشأن هذا الموضوع.
facts-compare-with-previous = مقارنة بالقرار السابق
facts-copy = نسخ
facts-copy-the-list-to-paste = نسخ القائمة للصقها في تقرير

## الإجراءات: عناصر القوائم، مع وصف عمل كل منها (.tip)

action-open = فتح…
    .tip = افتح قرارا

action-open-sample = فتح القرار النموذجي (A/RES/75/32، النسخة الصينية)
    .tip = افتح القرار المضمَّن في برنامج Plenary

action-close = إغلاق
    .tip = أغلق هذه الوثيقة

action-quit = إنهاء
    .tip = أغلق النافذة؛ وستعود الوثائق المفتوحة في المرة القادمة

action-next-document = الوثيقة التالية
    .tip = اعرض الوثيقة المفتوحة التالية

action-notes-panel = الملاحظات والإشارات المرجعية
    .tip = أظهر لوحة الملاحظات والإشارات المرجعية أو أخفها

action-facts-panel = التصويت ومقدمو مشروع القرار
    .tip = أظهر معلومات هذا القرار أو أخفها: طريقة اعتماده، وتصويت كل دولة، ومقدمو مشروعه

action-dark-theme = السمة الداكنة
    .tip = نص فاتح على خلفية داكنة

action-zoom-in = تكبير
    .tip = اجعل كل العناصر أكبر

action-zoom-out = تصغير
    .tip = اجعل كل العناصر أصغر

action-actual-size = الحجم الفعلي
    .tip = ألغِ التكبير أو التصغير

action-one-document = وثيقة واحدة
    .tip = أوقف عرض وثيقة ثانية بجانب هذه الوثيقة

action-compare-with-file = ملف…
    .tip = اختر ملفا لمقارنة هذه الوثيقة به، بوصفه النص الأقدم

action-next-paragraph = الفقرة التالية
    .tip = انقل تركيز القراءة إلى الفقرة التالية

action-previous-paragraph = الفقرة السابقة
    .tip = انقل تركيز القراءة إلى الفقرة السابقة

action-back = رجوع
    .tip = عد إلى حيث كنت قبل آخر انتقال

action-forward = تقدم
    .tip = تقدم مجددا إلى الموضع الذي رجعت منه

action-library = استعراض وبحث
    .tip = افتح مكتبة القرارات الموجودة على هذا الحاسوب أو أغلقها

action-library-votes = التصويت حسب الدولة العضو
    .tip = تصويت دولة عضو على كل قرار من قرارات المكتبة، حسب الدورة وبند جدول الأعمال

action-library-agenda = بنود جدول الأعمال
    .tip = قرارات المكتبة حسب بند جدول الأعمال والدورة، مع نتائج التصويت عليها

action-add-folder = إضافة مجلد…
    .tip = أضف إلى المكتبة مجلدا يضم قرارات

action-import-files = استيراد ملفات…
    .tip = انسخ ملفات إلى المجلد الخاص بالمكتبة

action-rescan = إعادة الفحص
    .tip = أعد قراءة مجلدات المكتبة بحثا عن الملفات الجديدة والمعدلة

action-cited-by-panel = لوحة الوثائق المحيلة
    .tip = أظهر وثائق المكتبة التي تحيل إلى هذه الوثيقة أو أخفها

action-find = البحث في الوثيقة
    .tip = ابحث في نص هذه الوثيقة

action-previous-match = النتيجة السابقة
    .tip = انتقل إلى نتيجة البحث السابقة

action-next-match = النتيجة التالية
    .tip = انتقل إلى نتيجة البحث التالية

action-copy-selection = نسخ التحديد
    .tip = انسخ النص المحدد

action-copy-text = نسخ النص
    .tip = انسخ نص الفقرة

action-copy-citation = نسخ المرجع
    .tip = انسخ مرجع الفقرة: رمز الوثيقة ورقم الفقرة

action-bookmark = إشارة مرجعية
    .tip = ضع إشارة مرجعية على الفقرة قيد القراءة، أو أزل إشارتها المرجعية

action-add-note = إضافة ملاحظة…
    .tip = اكتب ملاحظة على الفقرة قيد القراءة (أو على الكلمات المحددة، إن وُجدت)

action-add-note-on-selection = إضافة ملاحظة على التحديد…
    .tip = اكتب ملاحظة على الكلمات المحددة

action-show-on-page = العرض في الصفحة
    .tip = اعرض صفحة ملف PDF التي طُبعت فيها الفقرة، مع تمييز الفقرة

action-dismiss = إغلاق البطاقة أو شريط البحث أو التحديد
    .tip = أغلق بطاقة الإحالة، وإلا فشريط البحث، وإلا فألغِ تحديد النص

action-keyboard-shortcuts = اختصارات لوحة المفاتيح
    .tip = اعرض قائمة بجميع اختصارات لوحة المفاتيح

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

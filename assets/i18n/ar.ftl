# واجهة Plenary باللغة العربية. المرجع هو en.ftl، ويُعرض نصه الإنجليزي لأي رسالة لا ترد في هذه الترجمة.
# كل رسالة على الصورة `key = text`؛ وأسطر `.tip` هي التلميحات.
# لا يُترجم إلا النص الوارد بعد `=`؛ وتبقى `{ $placeholders }` على حالها. وتُختار صيغ العدد
# بواسطة `{ $count -> [zero] … [one] … [two] … [few] … [many] … *[other] … }` (فئات CLDR للغة العربية).

language-name = العربية
language-direction = rtl

## ما تقوله نواة البرنامج: سبب تعذر قراءة ملف، وتحذيرات الوثيقة، وسبب إخفاق المكتبة أو الملاحظات، وما تدل عليه رموز الوثائق المشار إليها، وسبب كون المقارنة أقل تفصيلا من المعتاد. يطبع سطر الأوامر هذه الرسائل بالإنكليزية، وتعرضها النافذة بلغتها. وتُعرض القيم مثل $path و $error (عبارات النظام نفسه) و $symbol كما هي

# سبب تعذر قراءة ملف: $reason إحدى رسائل read-* أدناه؛ و $line و $column موضع الخطأ في الملف إن كان معروفا؛ ويأتي المسار في الآخر.
read-error = تعذرت القراءة: { $reason }: { $path }
read-error-line = تعذرت القراءة: { $reason } (السطر { $line }): { $path }
read-error-line-column = تعذرت القراءة: { $reason } (السطر { $line }، العمود { $column }): { $path }
read-no-such-file = الملف غير موجود
read-permission-denied = الإذن مرفوض
read-folder = هذا مجلد وليس ملفا
read-not-regular-file = هذا ليس ملفا عاديا
read-named-pipe = هذا ليس ملفا عاديا (بل أنبوب مسمّى)
read-device = هذا ليس ملفا عاديا (بل جهاز)
read-socket = هذا ليس ملفا عاديا (بل مقبس)
read-too-large-mb = حجم الملف كبير جدا ({ $size } ميغابايت أو أكثر؛ والحد الأقصى { $limit } ميغابايت)
read-too-large = حجم الملف أكبر من أن يكون قرارا
read-binary-as-text = هذا ملف PDF أو Word قُرئت بياناته على أنها نص
read-not-a-resolution = هذا ليس قرارا: المتوقع ملف XML بصيغة Akoma Ntoso أو ملف PDF أو نص مصدَّر من وثيقة من وثائق الأمم المتحدة
read-empty = الملف فارغ
read-binary = هذا ملف ثنائي وليس نصا
read-not-utf8 = الملف ليس بترميز UTF-8 (بايت غير صالح عند الموضع { $offset })؛ احفظه بترميز UTF-8 أو UTF-16 مع علامة ترتيب البايتات
read-utf16-odd = الملف ليس بترميز UTF-16 صالح (عدد البايتات فردي)
read-utf16-surrogate = الملف ليس بترميز UTF-16 صالح (وحدة بديلة غير مقترنة)
read-no-paragraphs-after-formula = لا توجد فقرات بعد الصيغة الافتتاحية "{ $formula }"
read-no-paragraphs = لا توجد فيه فقرات قرار
read-not-like-a-resolution = لا يبدو قرارا: لا صيغة افتتاحية ولا عنوان ولا فقرات مرقمة
read-xml-not-akoma-ntoso = هذا ملف XML ولكنه ليس بصيغة Akoma Ntoso (عنصره الجذر هو <{ $element }>)
read-akoma-ntoso-no-resolution = هذا ملف بصيغة Akoma Ntoso ولكنه لا يتضمن أي قرار (لا عنصر statement ولا وثيقة أخرى)
read-akoma-ntoso-no-text = هذا ملف بصيغة Akoma Ntoso ولكنه لا يتضمن نص أي قرار (لا ديباجة ولا منطوق)
read-parameter-entities = يعلن تعريف DOCTYPE فيه عن كيانات معلَمات، وهي غير مدعومة
read-external-entities = يعلن تعريف DOCTYPE فيه عن كيانات خارجية، وهي لا تُجلب أبدا
read-nested-entities = يعلن عن كيانات تتوسع إلى كيانات أخرى، وهذا غير مدعوم
read-entities-too-large = يعلن عن كيانات يتجاوز حجمها بعد التوسيع 8 ميغابايت
read-too-many-nodes = حجم الملف أكبر من أن يكون قرارا (أكثر من { $limit ->
    [zero] { $limit } عقدة
    [one] عقدة واحدة
    [two] عقدتين
    [few] { $limit } عقد
    [many] { $limit } عقدة
   *[other] { $limit } عقدة
} XML)
read-malformed-xml = ملف XML غير سليم البنية: { $error }
read-word-part-too-large = هذا ملف Word يتجاوز حجم جزئه { $part } بعد فك ضغطه حجم أي قرار
read-word-part-not-utf8 = هذا ملف Word جزؤه { $part } ليس بترميز UTF-8
read-word-damaged = هذا ملف Word تعذر فك ضغطه ({ $error })
read-word-part-malformed = هذا ملف Word جزؤه { $part } غير سليم البنية: { $error }
read-word-no-text = هذا ملف Word ينقصه نصه (word/document.xml)
read-word-no-body = هذا ملف Word ليس فيه متن
read-pdf-damaged = هذا ملف PDF تعذرت قراءته (محتواه تالف)
read-pdf-too-large = هذا ملف PDF صفحاته أو نصه أكثر مما في أي قرار
read-pdf-not-opened = هذا ملف PDF تعذر فتحه ({ $error })
read-pdf-scanned = هذا ملف PDF ممسوح ضوئيا لا نص فيه (صور صفحات فقط): يقرأ Plenary ملفات PDF التي تتضمن نصها
read-pdf-no-text = هذا ملف PDF لا نص فيه
read-pdf-unknown-letters = هذا ملف PDF لا تبيّن خطوطه الأحرف التي ترسمها: تتعذر قراءة نصه
read-pdf-page-not-drawn = هذا ملف PDF تعذر عرض صفحته
read-pdf-no-such-page = يتضمن الملف { $count ->
    [zero] { $count } صفحة
    [one] صفحة واحدة
    [two] صفحتين
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}: ولا توجد فيه الصفحة { $page }

# تحذير بشأن وثيقة: أمر اضطر القارئ إلى معالجته. $line: السطر في الملف.
warning-at-line = السطر { $line }: { $warning }
warning-text-before-formula = النص الوارد قبل الصيغة الافتتاحية ليس جزءا من صفحة غلاف: "{ $text }"
warning-number-restored = الفقرة { $number } بلا رقم؛ وتُقرأ من حيث يبدأ نصها
warning-operative-unnumbered = الفقرة { $number } من المنطوق بلا رقم؛ وتُقرأ بحسب موضعها بعد الفقرة { $previous }
warning-operative-no-text = الفقرة { $number } من المنطوق بلا نص
# $label: الفقرة الفرعية كما طُبعت، (ج)؛ $position: ترتيبها في قائمتها؛ $paragraph: الفقرة التي تندرج تحتها (OP3).
warning-subparagraph-gap = ثغرة في الترقيم: الفقرة الفرعية { $label } ترتيبها { $position } تحت { $paragraph }
warning-marker-without-footnote = علامة الحاشية { $marker } ليست لها حاشية
warning-footnote-unreferenced = لا إحالة إلى الحاشية { $marker } في أي موضع
warning-operative-gap = ثغرة في الترقيم: الفقرة { $number } من المنطوق تلي الفقرة { $previous }
warning-annex-gap = ثغرة في الترقيم: الفقرة { $number } من المرفق تلي الفقرة { $previous }
warning-misprinted-number = الفقرة { $number } مطبوعة برقم "{ $printed }."؛ وتُقرأ على أنها الفقرة { $number }
warning-operative-skipped = الفقرة { $number } من المنطوق تلي الفقرة { $previous }
warning-operative-start = تبدأ فقرات المنطوق بالرقم { $number }
warning-restart-without-heading = يبدأ الترقيم من جديد بالرقم 1 دون عنوان جزء يميز بين الفقرات
warning-annex-numbered-by-word = أرقام فقرات المرفق غير موجودة في هذا الملف (رقّمها برنامج Word)؛ ولذا رُقّمت فقراته، وهي { $count ->
    [zero] { $count } فقرة
    [one] فقرة واحدة
    [two] فقرتان
    [few] { $count } فقرات
    [many] { $count } فقرة
   *[other] { $count } فقرة
}، من 1 إلى { $count } كما طُبعت
warning-section-numbered-by-word = أرقام فقرات أحد الأجزاء غير موجودة في هذا الملف (رقّمها برنامج Word)؛ ولذا رُقّمت فقراته، وهي { $count ->
    [zero] { $count } فقرة
    [one] فقرة واحدة
    [two] فقرتان
    [few] { $count } فقرات
    [many] { $count } فقرة
   *[other] { $count } فقرة
}، من 1 إلى { $count } كما طُبعت
warning-subparagraph-first = الفقرة الفرعية { $label } ترد قبل أي فقرة مرقمة؛ وتُقرأ على أنها فقرة من المنطوق
warning-id-taken = معرّف الفقرة { $id } مستخدم من قبل؛ ومعرّف هذه الفقرة هو { $new }
warning-sections-too-deep = الأجزاء متداخلة بعمق مفرط؛ وقد تُخطّيت أعمقها
warning-lists-too-deep = القوائم متداخلة بعمق مفرط؛ وقد تُخطّيت أعمقها
warning-annex-heading-outside = عنوان مرفق خارج أي مرفق
warning-number-after-links = رقم الفقرة { $number } مطبوع بعد روابط هي جزء من نصها
warning-elements-too-deep = العناصر متداخلة بعمق مفرط؛ وقد تُخطّي أعمق النص
warning-footnote-in-footnote = تُخطّيت حاشية واردة داخل حاشية أخرى
warning-footnote-without-marker = إحدى الحواشي بلا علامة؛ ورُقّمت بحسب موضعها
warning-footnote-no-text = الحاشية { $marker } بلا نص
warning-marker-without-text = علامة الحاشية { $marker } ليس لها نص حاشية في الملف
warning-unknown-element-kept = العنصر المجهول <{ $element }> قُرئ نصا عاديا
warning-unknown-element-skipped = تُخطّي العنصر المجهول <{ $element }>
warning-no-paragraphs = لا توجد فقرات في الديباجة والمنطوق
warning-cover-symbol = تذكر صفحة الغلاف { $cover }، ولكن الوثيقة هي { $symbol } (بحسب رقمها وبيانات تعريفها)؛ وتُقرأ على أنها { $symbol }
warning-tracked-changes = يتضمن الملف { $count ->
    [zero] { $count } تغيير متعقَّب
    [one] تغييرا متعقَّبا واحدا
    [two] تغييرين متعقَّبين
    [few] { $count } تغييرات متعقَّبة
    [many] { $count } تغييرا متعقَّبا
   *[other] { $count } تغيير متعقَّب
}: ويُقرأ نصه بعد قبولها جميعا
warning-nested-too-deep = بعض محتوى الملف متداخل بعمق يحول دون قراءته
warning-pdf-ocr = ملف PDF هذا صفحة ممسوحة ضوئيا تعرّف على نصها برنامج للتعرف الضوئي على الحروف: قد تُقرأ بعض الكلمات خطأ (يعرض الأمر "{ action-show-on-page }" الصورة الممسوحة)
warning-pdf-letters-repaired = قُرئ من الخط المضمَّن { $count ->
    [zero] { $count } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $count } أحرف
    [many] { $count } حرفا
   *[other] { $count } حرف
}: فجدول الأحرف الخاص بملف PDF (ToUnicode) خاطئ بالنسبة إليها

# سبب تعذر قيام المكتبة أو الملاحظات بأمر ما: $cannot إحدى رسائل *-cannot-* أدناه، و $error عبارات النظام نفسه.
io-error = { $cannot }: { $error }: { $path }
library-cannot-clear-index = تعذر محو فهرس المكتبة التالف
library-cannot-create-index = تعذر إنشاء فهرس المكتبة
library-cannot-write-cache = تعذرت كتابة ذاكرة التخزين المؤقت للمكتبة
library-cannot-save-folders = تعذر حفظ قائمة مجلدات المكتبة
library-cannot-create-folder = تعذر إنشاء مجلد المكتبة
library-cannot-lock-folders = تعذر قفل قائمة مجلدات المكتبة
library-error-index = أخفق فهرس المكتبة ({ $error }): { $path }
library-error-busy = يجري تحديث المكتبة من نسخة أخرى من Plenary؛ أعد المحاولة بعد انتهائها: { $path }
library-error-not-a-folder = ليس مجلدا: { $path }
library-error-unknown-folder = ليس مجلدا من مجلدات المكتبة: { $path }
library-error-scan-lost = توقف فحص المكتبة على نحو غير متوقع
library-error-not-in-library = غير موجود في المكتبة: { $symbol }
library-error-unknown-state = لا يرد اسم هذه الدولة في أي تصويت مسجل في المكتبة: { $state }
library-error-ambiguous-state = قد يكون المقصود أيا من الدول التالية: { $states }؛ اكتب جزءا أطول من الاسم: { $state }
store-cannot-list = تعذر سرد الملاحظات
store-cannot-create-folder = تعذر إنشاء مجلد الملاحظات
store-cannot-lock = تعذر قفل الملاحظات
store-cannot-save = تعذر حفظ الملاحظات
store-cannot-keep-backup = تعذر الاحتفاظ بالنسخة الاحتياطية من الملاحظات
store-cannot-read = تعذرت قراءة الملاحظات
store-cannot-move-aside = تعذر نقل الملاحظات التالفة جانبا
store-cannot-restore = تعذرت استعادة الملاحظات
store-cannot-read-backup = تعذرت قراءة النسخة الاحتياطية من الملاحظات
store-error-newer-version = حُفظت هذه الملاحظات بإصدار أحدث من Plenary (الصيغة { $found }؛ وهذا الإصدار يعرف الصيغ حتى { $supported })، ولذا فهي هنا للقراءة فقط ولم يُغيَّر شيء: { $path }
store-error-no-such-note = لا توجد ملاحظة { $id } (ربما حُذفت في نافذة أخرى): { $path }
store-error-encode = تعذر حفظ الملاحظات ({ $error }): { $path }
store-error-import = تعذر الاستيراد: { $reason }: { $path }
store-import-not-json = هذا ليس ملف JSON ({ $error })
store-import-not-an-export = هذا ليس ملف ملاحظات مصدَّرة (المتوقع JSON بصيغة W3C Web Annotation)
store-import-not-utf8 = هذا ليس نصا بترميز UTF-8

# ما يدل عليه رمز الوثيقة المشار إليها، في بطاقة الإشارة. $kind هو resolution أو decision أو document.
symbol-general-assembly = { $kind ->
    [resolution] قرار الجمعية العامة
    [decision] مقرر الجمعية العامة
   *[document] وثيقة من وثائق الجمعية العامة
}
symbol-general-assembly-record = محضر حرفي (الجمعية العامة)
symbol-general-assembly-draft = مشروع (الجلسات العامة للجمعية العامة)
# لجنة رئيسية من لجان الجمعية العامة بحسب رقمها $number (0: رقم ليس لها).
symbol-committee = { $number ->
    [1] اللجنة الأولى
    [2] اللجنة الثانية
    [3] اللجنة الثالثة
    [4] اللجنة الرابعة
    [5] اللجنة الخامسة
    [6] اللجنة السادسة
   *[other] لجنة رئيسية
}
symbol-committee-draft = مشروع ({ $committee })
symbol-committee-summary-record = محضر موجز ({ $committee })
symbol-committee-document = وثيقة ({ $committee })
symbol-human-rights-council = { $kind ->
    [resolution] قرار مجلس حقوق الإنسان
    [decision] مقرر مجلس حقوق الإنسان
   *[document] وثيقة من وثائق مجلس حقوق الإنسان
}
symbol-human-rights-council-draft = مشروع (مجلس حقوق الإنسان)
symbol-security-council-resolution = قرار مجلس الأمن
symbol-presidential-statement = بيان من رئيس مجلس الأمن
symbol-security-council-record = محضر حرفي (مجلس الأمن)
symbol-security-council-document = وثيقة من وثائق مجلس الأمن
symbol-economic-and-social-council = { $kind ->
    [resolution] قرار المجلس الاقتصادي والاجتماعي
    [decision] مقرر المجلس الاقتصادي والاجتماعي
   *[document] وثيقة من وثائق المجلس الاقتصادي والاجتماعي
}
symbol-commission-on-human-rights = { $kind ->
    [resolution] قرار لجنة حقوق الإنسان
    [decision] مقرر لجنة حقوق الإنسان
   *[document] وثيقة من وثائق لجنة حقوق الإنسان
}
symbol-commission-draft = مشروع (لجنة من لجان المجلس الاقتصادي والاجتماعي)
symbol-commission-document = وثيقة من وثائق إحدى لجان المجلس الاقتصادي والاجتماعي
symbol-bulletin = نشرة الأمين العام
symbol-administrative-instruction = أمر إداري
symbol-secretariat-document = وثيقة من وثائق الأمانة العامة
symbol-document = وثيقة من وثائق الأمم المتحدة

# سبب كون المقارنة أقل تفصيلا من المعتاد، فوق صفوفها.
compare-notice-time-limit = تجاوزت المقارنة المهلة المحددة لها: تُعرض بعض الفقرات المعدّلة كاملة، دون التعديلات على مستوى الكلمات.
compare-notice-too-large = الوثيقتان أكبر من أن تُحاذى كل فقرة فيهما بحسب التشابه: تُعرض بعض الفقرات المعدّلة على أنها محذوفة ومضافة.
compare-notice-unrelated = يبدو أن هذين نصّان مختلفان، لا صيغتان لنص واحد: قلّة من فقراتهما تتقابل.

# ما تقوله الملاحظات عندما يُصلَح ملفها أو يُنقل جانبا أو لا يُقرأ منه إلا جزء. $notes هي
# store-notes-on (ملاحظات وثيقة، و$document اسمها) أو store-notes؛ و$reason إحدى رسائل
# store-damage-* أو ما يقوله قارئ JSON بالإنكليزية.
store-notes-on = الملاحظات المتعلقة بالوثيقة { $document }
store-notes = الملاحظات
store-damage-empty = الملف فارغ
store-damage-not-an-object = ليس كائن JSON
store-damage-no-notes = لا يتضمن الملف قائمة بالملاحظات
store-warning-lost-notes = فقدت { $notes } { $count ->
    [zero] { $count } ملاحظة كانت لا تزال موجودة
    [one] ملاحظة واحدة كانت لا تزال موجودة
    [two] ملاحظتين كانتا لا تزالان موجودتين
    [few] { $count } ملاحظات كانت لا تزال موجودة
    [many] { $count } ملاحظة كانت لا تزال موجودة
   *[other] { $count } ملاحظة كانت لا تزال موجودة
} في آخر نسخة سليمة منها (هل عُدِّل الملف خارج Plenary؟)؛ واحتُفظ بتلك النسخة باسم { $path }
store-warning-newer-shown = حُفظت { $notes } بإصدار أحدث من Plenary (الصيغة { $found }؛ وهذا الإصدار يعرف الصيغ حتى { $supported })؛ وهي معروضة هنا للقراءة فقط ولن تُغيَّر: { $path }
store-warning-newer-not-shown = حُفظت { $notes } بإصدار أحدث من Plenary (الصيغة { $found }؛ وهذا الإصدار يعرف الصيغ حتى { $supported })؛ ولا يستطيع هذا الإصدار عرضها، ولن تُغيَّر: { $path }
store-warning-not-repaired = تعذرت قراءة { $notes } وتعذر إصلاحها ({ $error })؛ وتُعرض آخر نسخة سليمة منها إن وُجدت: { $path }
store-warning-damaged = كانت { $notes } تالفة ({ $reason })؛ واحتُفظ بالملف التالف باسم { $path }
store-warning-restored = فُقدت { $notes } فاستُعيدت من آخر نسخة سليمة منها: { $path }
store-warning-backup-damaged = فُقدت { $notes }، وآخر نسخة منها تالفة ({ $reason })؛ واحتُفظ بهذه النسخة باسم { $path }
store-warning-damaged-restored = كانت { $notes } تالفة ({ $reason }) فاستُعيدت من آخر نسخة سليمة منها (وقد تنقصها التغييرات التي أُجريت بعد ذلك)؛ واحتُفظ بالملف التالف باسم { $path }
store-warning-damaged-no-copy = كانت { $notes } تالفة ({ $reason }) ولا توجد نسخة سابقة منها؛ واحتُفظ بالملف التالف باسم { $path }
# $backup: مكان الاحتفاظ بآخر نسخة تالفة؛ $path: مكان الاحتفاظ بالملف التالف.
store-warning-both-damaged = كانت { $notes } تالفة ({ $reason })، وكذلك آخر نسخة منها؛ واحتُفظ بالملفين كليهما، باسم { $backup } وباسم { $path }
store-warning-import-skipped = { $count ->
    [zero] تم تخطي { $count } عنصر لأنها ليست تعليقات توضيحية لها هدف
    [one] تم تخطي عنصر واحد لأنه ليس تعليقا توضيحيا له هدف
    [two] تم تخطي عنصرين لأنهما ليسا تعليقين توضيحيين لهما هدف
    [few] تم تخطي { $count } عناصر لأنها ليست تعليقات توضيحية لها هدف
    [many] تم تخطي { $count } عنصرا لأنها ليست تعليقات توضيحية لها هدف
   *[other] تم تخطي { $count } عنصر لأنها ليست تعليقات توضيحية لها هدف
}: { $path }

# سبب تعذر قراءة ملف من ملفات المكتبة، في قائمة الملفات التي تعذرت قراءتها (بعد عبارة
# «تعذرت القراءة:» في read-error). و$reason إحدى رسائل read-*.
library-unreadable-line = { $reason } (السطر { $line })
library-unreadable-line-column = { $reason } (السطر { $line }، العمود { $column })
library-unreadable-reader-failed = أخفق برنامج القراءة في معالجة هذا الملف (يُرجى الإبلاغ عنه)
library-unreadable-not-unicode = اسمه ليس نصا صالحا بترميز Unicode
library-unreadable-not-examined = يتعذر فحصه ({ $reason })
library-unreadable-folder-not-listed = هذا مجلد يتعذر سرد محتوياته ({ $reason })
library-unreadable-too-deep = هذا مجلد يتجاوز عمق تداخله الحد المسموح به ({ $limit })؛ لم يُقرأ
library-unreadable-link-loop = هذا رابط إلى مجلد يقع هو فيه (حلقة)؛ لم يُتَّبع
library-unreadable-link-not-listed = هذا رابط إلى مجلد يتعذر سرد محتوياته ({ $reason })
library-unreadable-link-to-itself = هذا رابط يعود إلى نفسه (حلقة)
library-unreadable-broken-link = هذا رابط معطل (ما يشير إليه غير موجود)
library-unreadable-link-not-followed = هذا رابط يتعذر اتباعه ({ $reason })
library-import-no-such-file = لا يوجد ملف أو مجلد بهذا الاسم
library-import-not-copied = يتعذر نسخه ({ $error })
library-import-namesakes = توجد في المكتبة ملفات كثيرة جدا تحمل هذا الاسم

# ما تقوله المكتبة عند فتحها: ذاكرة التخزين المؤقت أو الفهرس تالف وسيُعاد بناؤه، وقائمة مجلداتها
# تالفة. $kept: مكان الاحتفاظ بالقائمة التالفة.
library-warning-cache-damaged = كانت ذاكرة التخزين المؤقت للمكتبة تالفة ({ $reason })؛ وسيُعاد بناؤها من الملفات: { $path }
library-warning-index-damaged = كان فهرس المكتبة تالفا ({ $reason })؛ وسيُعاد بناؤه من الملفات: { $path }
library-warning-folders-backup = كانت قائمة مجلدات المكتبة تالفة ({ $error })؛ وتُستخدم نسختها الاحتياطية: { $path }
library-warning-folders-emptied = كانت قائمة مجلدات المكتبة تالفة ({ $error }) وأصبحت الآن فارغة: { $path }
library-warning-folders-emptied-kept = كانت قائمة مجلدات المكتبة تالفة ({ $error }) وأصبحت الآن فارغة (واحتُفظ بالقائمة السابقة باسم { $kept }): { $path }
# سبب إعادة بناء ذاكرة التخزين المؤقت للمكتبة.
library-rebuilt-other-version = أنشأها إصدار آخر من Plenary
library-rebuilt-cache-other-version = ذاكرة التخزين المؤقت للمكتبة أنشأها إصدار آخر من Plenary
library-rebuilt-cache-damaged = كانت ذاكرة التخزين المؤقت للمكتبة تالفة ({ $reason })
library-rebuilt-index-damaged = كان فهرس المكتبة تالفا ({ $reason })
library-rebuilt-cache-mismatch = لم تكن ذاكرة التخزين المؤقت للمكتبة مطابقة لفهرسها
# ما كان تالفا في ذاكرة التخزين المؤقت للمكتبة أو في فهرسها.
library-damage-facts-unreadable = تتعذر قراءة معلوماتها عن الوثائق: { $error }
library-damage-facts-mismatch = معلوماتها عن الوثائق لا تخص ملفاتها
library-damage-index-files = { $count ->
    [zero] { $count } ملف لم تجتز الفحص
    [one] ملف واحد لم يجتز الفحص
    [two] ملفان لم يجتازا الفحص
    [few] { $count } ملفات لم تجتز الفحص
    [many] { $count } ملفا لم تجتز الفحص
   *[other] { $count } ملف لم تجتز الفحص
}
library-damage-index-unchecked = تعذر فحص ملفاته

## لغة الوثيقة: التواريخ، وسطر العنوان في نافذة القراءة، والإشارة إلى فقرة، وكلها بلغة الوثيقة المقروءة دائما (أيا كانت لغة الواجهة)، بالصيغ التي تستخدمها نصوص الأمم المتحدة باللغة العربية

# التاريخ: $day و $year عددان؛ و date-month يسمي الشهر. الأرقام هي الأرقام المستخدمة في نصوص
# الأمم المتحدة العربية (7 كانون الأول/ديسمبر 2020).
date = { $day } { date-month } { $year }
# الشهر ($month، من 1 إلى 12) كما يُكتب في التاريخ: الاسم السرياني ثم الاسم اللاتيني.
date-month = { $month ->
        [1] كانون الثاني/يناير
        [2] شباط/فبراير
        [3] آذار/مارس
        [4] نيسان/أبريل
        [5] أيار/مايو
        [6] حزيران/يونيه
        [7] تموز/يوليه
        [8] آب/أغسطس
        [9] أيلول/سبتمبر
        [10] تشرين الأول/أكتوبر
        [11] تشرين الثاني/نوفمبر
       *[12] كانون الأول/ديسمبر
    }

# سطر العنوان في نافذة القراءة: تاريخ اتخاذ القرار ($date كما يكتبه `date`)، وتقرير اللجنة
# الذي اتُّخذ القرار بناء عليه (كما تطبعه الوثيقة)، والمشروع الذي اتُّخذ على أساسه، وعلامة المشروع.
header-adopted = اتُّخذ في { $date }
header-report = التقرير { $report }
header-draft-symbol = المشروع { $symbol }
header-draft = مشروع

# نسخ الإشارة: الصيغة التي يلصقها المحرر للإشارة إلى فقرة.
# قرار للجمعية العامة ($number: 75/32، أو 75/101 باء لجزء من مجموعة قرارات).
cite-resolution = القرار { $number }
# قرار لمجلس الأمن ($number 2532، $year 2020).
cite-council-resolution = القرار { $number } ({ $year })
# حرف جزء من مجموعة قرارات (باء في 75/101 باء)، باسمه العربي.
cite-part = { $part ->
        [A] ألف
        [B] باء
        [C] جيم
        [D] دال
        [E] هاء
        [F] واو
        [G] زاي
        [H] حاء
        [I] طاء
        [J] ياء
        [K] كاف
        [L] لام
        [M] ميم
        [N] نون
       *[other] { $part }
    }
# الإشارة: القرار، ثم الموضع منه ($place: الفقرة 3، أو الجزء الثاني، الفقرة 3).
cite = { $document }، { $place }
# وكذلك لوثيقة تُسمّى برمزها (مشروع: A/C.3/78/L.41، الفقرة 30).
cite-symbol = { $document }، { $place }
# مستويان من الموضع، الأكبر أولا (الجزء الثاني، الفقرة 3).
cite-within = { $outer }، { $inner }
cite-section = الجزء { $section }
cite-annex = المرفق
cite-annex-numbered = المرفق { $annex }
cite-article = المادة { $article }
# فقرة من المنطوق أو من مرفق؛ و $labels فقراتها الفرعية، كل منها كما يكتبها cite-label.
cite-paragraph = الفقرة { $number }{ $labels }
# فقرة من مادة (المرفق الثالث، المادة 8، الفقرة 2).
cite-article-paragraph = الفقرة { $number }{ $labels }
cite-label = { " " }({ $label })
# فقرة من الديباجة؛ و $ordinal قيمة cite-ordinal (العاشرة).
cite-preambular = الفقرة { $ordinal } من الديباجة{ $labels }
# ترتيب فقرة الديباجة بالعدد الترتيبي المؤنث (الفقرة العاشرة، الحادية عشرة، الحادية والعشرون):
# $n العدد، و $hundreds و $tens و $units أرقامه. و .part رقم الجزء أو المرفق بالعدد الترتيبي
# المذكر (الجزء الثاني، المرفق الثالث)؛ و $roman هذا الرقم كما تطبعه الوثيقة (II).
cite-ordinal = { $hundreds ->
        [0] { $tens ->
            [0] { $units ->
                [1] الأولى
                [2] الثانية
                [3] الثالثة
                [4] الرابعة
                [5] الخامسة
                [6] السادسة
                [7] السابعة
                [8] الثامنة
                [9] التاسعة
               *[other] { $n }
            }
            [1] { $units ->
                [0] العاشرة
                [1] الحادية عشرة
                [2] الثانية عشرة
                [3] الثالثة عشرة
                [4] الرابعة عشرة
                [5] الخامسة عشرة
                [6] السادسة عشرة
                [7] السابعة عشرة
                [8] الثامنة عشرة
               *[9] التاسعة عشرة
            }
           *[other] { $units ->
                [0] {""}
                [1] الحادية و
                [2] الثانية و
                [3] الثالثة و
                [4] الرابعة و
                [5] الخامسة و
                [6] السادسة و
                [7] السابعة و
                [8] الثامنة و
               *[9] التاسعة و
            }{ $tens ->
                [2] العشرون
                [3] الثلاثون
                [4] الأربعون
                [5] الخمسون
                [6] الستون
                [7] السبعون
                [8] الثمانون
               *[9] التسعون
            }
        }
       *[other] { $n }
    }
    .part = { $hundreds ->
        [0] { $tens ->
            [0] { $units ->
                [1] الأول
                [2] الثاني
                [3] الثالث
                [4] الرابع
                [5] الخامس
                [6] السادس
                [7] السابع
                [8] الثامن
                [9] التاسع
               *[other] { $roman }
            }
            [1] { $units ->
                [0] العاشر
                [1] الحادي عشر
                [2] الثاني عشر
                [3] الثالث عشر
                [4] الرابع عشر
                [5] الخامس عشر
                [6] السادس عشر
                [7] السابع عشر
                [8] الثامن عشر
               *[9] التاسع عشر
            }
           *[other] { $units ->
                [0] {""}
                [1] الحادي و
                [2] الثاني و
                [3] الثالث و
                [4] الرابع و
                [5] الخامس و
                [6] السادس و
                [7] السابع و
                [8] الثامن و
               *[9] التاسع و
            }{ $tens ->
                [2] العشرون
                [3] الثلاثون
                [4] الأربعون
                [5] الخمسون
                [6] الستون
                [7] السبعون
                [8] الثمانون
               *[9] التسعون
            }
        }
       *[other] { $roman }
    }

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
menu-in-the-library = في المكتبة
menu-draft = المشروع { $symbol }
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
tabs-more = جميع علامات التبويب ({ $count } أخرى)
tabs-more-tip = جميع الوثائق المفتوحة، بما فيها تلك التي لا يتسع لها شريط علامات التبويب
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

action-export-pdf = تصدير بصيغة PDF…
    .tip = ملف إحاطة للطباعة أو لحمله إلى الاجتماع: النص وبجانبه ملاحظاتك، ومعه إن شئت الوقائع وما تغيّر

action-print = طباعة…
    .tip = طباعة ملف إحاطة: النص وبجانبه ملاحظاتك

action-close = إغلاق
    .tip = أغلق هذه الوثيقة

action-quit = إنهاء
    .tip = أغلق النافذة؛ وستعود الوثائق المفتوحة في المرة القادمة

action-next-document = الوثيقة التالية
    .tip = اعرض الوثيقة المفتوحة التالية

action-outline-panel = المخطط
    .tip = إظهار مخطط فقرات الوثيقة أو إخفاؤه

action-notes-panel = الملاحظات والإشارات المرجعية
    .tip = أظهر لوحة الملاحظات والإشارات المرجعية أو أخفها

action-facts-panel = التصويت ومقدمو مشروع القرار
    .tip = أظهر معلومات هذا القرار أو أخفها: طريقة اعتماده، وتصويت كل دولة، ومقدمو مشروعه

action-dark-theme = السمة الداكنة
    .tip = نص فاتح على خلفية داكنة

action-high-contrast = تباين عالٍ
    .tip = نص أبيض على أسود، والروابط والتركيز بالأصفر، وكل عنصر محاط بإطار

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
action-next-pane = الجزء التالي
    .tip = انقل لوحة المفاتيح إلى الجزء التالي: المخطط، والنص، ولوحة الملاحظات، ولوحة الوقائع؛ وفي المقارنة: الصفوف وقائمة التغييرات
action-previous-pane = الجزء السابق
    .tip = انقل لوحة المفاتيح إلى الجزء السابق

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
    .tip = أغلق قائمة اختصارات لوحة المفاتيح أو بطاقة الإحالة، وإلا فشريط البحث، وإلا فألغِ تحديد النص
action-undo-delete = التراجع عن حذف الملاحظة
    .tip = استعادة آخر ملاحظة حُذفت

action-keyboard-shortcuts = اختصارات لوحة المفاتيح
    .tip = اعرض قائمة بجميع اختصارات لوحة المفاتيح

## المقارنة: نصان جنبا إلى جنب، والتغييرات المتعقَّبة في مشروع بصيغة Word، والقراءة بالتوازي

compare-heading-changes = مقارنة { $old } مع { $new }
compare-heading-tracked = التغييرات المتعقَّبة في { $document }
compare-heading-parallel = القراءة بالتوازي: { $first } و { $second }
compare-comparing = جارٍ إجراء المقارنة… { $seconds } ث
compare-show = عرض:
compare-show-original = النص الأصلي
compare-show-original-tip = النص كما كان قبل إجراء التغييرات
compare-show-with-changes = مع التغييرات
compare-show-with-changes-tip = النص قبل التغييرات وبعدها جنبا إلى جنب، مع تمييز التغييرات
compare-show-final = النص النهائي
compare-show-final-tip = النص بعد قبول جميع التغييرات
compare-summary = مضافة: { $added }، محذوفة: { $deleted }، معدَّلة: { $changed }، منقولة: { $moved }
compare-unchanged = (دون تغيير: { $count })
compare-previous-change = التغيير السابق
compare-previous-change-tip = التغيير السابق (Shift+F7 أو P)
compare-next-change = التغيير التالي
compare-next-change-tip = التغيير التالي (F7 أو N)
compare-hide-unchanged = إخفاء ما لم يتغير
compare-fold = … { $count ->
    [zero] لا فقرات دون تغيير
    [one] فقرة واحدة دون تغيير
    [two] فقرتان دون تغيير
    [few] { $count } فقرات دون تغيير
    [many] { $count } فقرة دون تغيير
   *[other] { $count } فقرة دون تغيير
} …
compare-fold-tip = عرضها
compare-column-older = الأقدم: { $document }
compare-column-newer = الأحدث: { $document }
compare-column-before = قبل التغييرات المتعقبة
compare-column-after = مع التغييرات المتعقبة
compare-ignore-punctuation-width = تجاهل عرض علامات الترقيم
compare-ignore-punctuation-width-tip = تُعدّ الفاصلتان ， و , متطابقتين
compare-ignore-whitespace = تجاهل المسافات البيضاء
compare-export = تصدير
compare-export-html = صفحة HTML…
compare-export-markdown = ملف Markdown…
compare-export-word = ملف Word مع تعقب التغييرات…
compare-export-word-tip = نسخة تبيّن التغييرات يمكن فتحها في Word و LibreOffice لقبول التغييرات أو رفضها واحدا تلو الآخر
compare-changes-by = التغييرات باسم:
compare-changes-by-tip = اسم المؤلف الذي يُظهره Word لكل تغيير
compare-close = إغلاق
compare-close-tip = العودة إلى القراءة
compare-changes = التغييرات
compare-no-differences = لا توجد اختلافات
compare-status-unchanged = دون تغيير
compare-status-changed = معدَّلة
compare-status-added = مضافة
compare-status-deleted = محذوفة
compare-status-moved = منقولة

## A briefing or redline printed as PDF
briefing-bookmarked = إشارة مرجعية
briefing-added = مضافة
briefing-deleted = محذوفة
briefing-moved-from = منقولة من { $paragraph }
briefing-renumbered = كانت { $paragraph }
briefing-title = ملف إحاطة (PDF)
briefing-intro = القرار كما طُبع، بأرقام فقراته وحواشيه، ومعه ما تختاره هنا.
briefing-with-notes = ملاحظاتي وإشاراتي المرجعية
    .tip = كل ملاحظة في الهامش بجانب فقرتها، مع تمييز الفقرات ذات الإشارات المرجعية
briefing-no-notes = لا توجد في هذه الوثيقة ملاحظات أو إشارات مرجعية بعد
briefing-with-facts = الوقائع: التصويت ومقدمو المشروع
    .tip = طريقة الاعتماد وتصويت كل دولة ومقدمو المشروع، كما يسجلها الملف
briefing-changes-since = التغييرات منذ:
briefing-changes-none = لا شيء
briefing-no-earlier = افتح طبعة سابقة في علامة تبويب، أو أضف مجلداتك إلى المكتبة، لتلخيص ما تغيّر.
briefing-save = حفظ بصيغة PDF…
briefing-print = طباعة
briefing-making = جارٍ إعداد ملف PDF… { $seconds } ث
compare-export-pdf = نسخة PDF بالتغييرات…
    .tip = المقارنة في ملف PDF للطباعة: المحذوف مشطوب والمضاف مسطّر
notice-saved-pdf = حُفظ ملف PDF: { $path }
notice-printed = أُرسل إلى الطابعة: { $path }
notice-print-viewer = لا توجد طابعة معدّة هنا: فُتح ملف PDF في قارئ PDF لتطبعه منه ({ $path })
error-save-pdf = تعذّر حفظ ملف PDF ({ $error }): { $path }
error-pdf = تعذّر إعداد ملف PDF: { $error }
error-pdf-stopped = توقف إعداد ملف PDF قبل اكتماله
error-print = تعذّرت الطباعة ({ $error })؛ ملف PDF محفوظ هنا: { $path }
compare-change-inserted = أدرجه { $author }
compare-change-deleted = حذفه { $author }
compare-change-moved-from = نقله { $author } من هنا
compare-change-moved-to = نقله { $author } إلى هنا
compare-unnamed-author = مؤلف لم يُذكر اسمه
compare-change-dated = { $change }، { $date }
compare-summary-for-report = موجز لإدراجه في تقرير
compare-copy = نسخ
compare-copy-tip = انسخ هذه الأسطر للصقها في تقرير
compare-digest-heading = ما تغيّر من { $old } إلى { $new }:
compare-digest-added = { $count ->
    [zero] لم تُضَف أي فقرة ({ $paragraphs })
    [one] أُضيفت فقرة واحدة ({ $paragraphs })
    [two] أُضيفت فقرتان ({ $paragraphs })
    [few] أُضيفت { $count } فقرات ({ $paragraphs })
    [many] أُضيفت { $count } فقرة ({ $paragraphs })
   *[other] أُضيفت { $count } فقرة ({ $paragraphs })
}
compare-digest-deleted = { $count ->
    [zero] لم تُحذف أي فقرة ({ $paragraphs })
    [one] حُذفت فقرة واحدة ({ $paragraphs })
    [two] حُذفت فقرتان ({ $paragraphs })
    [few] حُذفت { $count } فقرات ({ $paragraphs })
    [many] حُذفت { $count } فقرة ({ $paragraphs })
   *[other] حُذفت { $count } فقرة ({ $paragraphs })
}
compare-digest-moved = { $count ->
    [zero] لم تُنقل أي فقرة ({ $paragraphs })
    [one] نُقلت فقرة واحدة ({ $paragraphs })
    [two] نُقلت فقرتان ({ $paragraphs })
    [few] نُقلت { $count } فقرات ({ $paragraphs })
    [many] نُقلت { $count } فقرة ({ $paragraphs })
   *[other] نُقلت { $count } فقرة ({ $paragraphs })
}
compare-digest-changed = { $count ->
    [zero] لم تُعدَّل أي فقرة ({ $paragraphs })
    [one] عُدِّلت فقرة واحدة ({ $paragraphs })
    [two] عُدِّلت فقرتان ({ $paragraphs })
    [few] عُدِّلت { $count } فقرات ({ $paragraphs })
    [many] عُدِّلت { $count } فقرة ({ $paragraphs })
   *[other] عُدِّلت { $count } فقرة ({ $paragraphs })
}
compare-digest-stronger = { $paragraph }: { $old } → { $new } (صيغة أقوى)
compare-digest-weaker = { $paragraph }: { $old } → { $new } (صيغة أضعف)
compare-digest-vote-then-now = التصويت: { $then } سابقا، و { $now } حاليا
compare-digest-vote = التصويت: { $now }

## الملاحظات والإشارات المرجعية: محرر الملاحظات ولوحة الملاحظات

notes-editor-edit = ملاحظة على الفقرة { $paragraph }
notes-editor-new = ملاحظة جديدة على الفقرة { $paragraph }
notes-read-only = حُفظت هذه الملاحظات بإصدار أحدث من Plenary، ولذا فهي هنا للقراءة فقط.
notes-your-note = ملاحظتك
notes-colour = اللون
notes-color-yellow = أصفر
notes-color-green = أخضر
notes-color-blue = أزرق
notes-color-pink = وردي
notes-color-orange = برتقالي
notes-color-purple = أرجواني
notes-tags = الوسوم
notes-tags-hint = الولاية, المتابعة
notes-bookmark = إشارة مرجعية
notes-save = حفظ
notes-cancel = إلغاء
notes-delete = حذف
notes-edit = تعديل
notes-discard-question = هل تريد تجاهل ما كتبته؟
notes-discard = تجاهل
notes-keep-writing = متابعة الكتابة
notes-filter-hint = التصفية: كلمات، #وسم، OP3
notes-this-document = هذه الوثيقة
notes-none-yet = لا توجد ملاحظات بعد. اضغط على B لوضع إشارة مرجعية على فقرة، أو على N لكتابة ملاحظة.
notes-no-match = لا توجد ملاحظة تطابق عامل التصفية.
notes-status-attached = في موضعها
notes-status-moved = انتقلت (كانت في { $from }، وهي الآن في { $now })
notes-status-orphaned = فقدت موضعها
notes-orphaned = فقدت موضعها: كانت في { $paragraph } ”{ $quote }…“
notes-was = (كانت في { $paragraph }: ”{ $quote }…“)
notes-from = من { $source } ({ $count ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $count } ملاحظات
    [many] { $count } ملاحظة
   *[other] { $count } ملاحظة
})
notes-banner = ملاحظاتك على طبعة أخرى أو نسخة لغوية أخرى من هذا النص:
notes-banner-copy = نسخ إلى هنا
notes-banner-show = عرض
notes-banner-show-tip = فتح لوحة الملاحظات عند هذه الملاحظات
notes-export = تصدير…
notes-export-markdown = Markdown
notes-export-markdown-tip = تحت عناوين، ولكل ملاحظة رابط يفتح Plenary عند فقرتها
notes-export-json = W3C Web Annotation (JSON)
notes-export-json-tip = الصيغة القياسية للتعليقات؛ ويمكن لـ Plenary استيرادها مجددًا
notes-export-csv = CSV
notes-export-csv-tip = صف لكل ملاحظة، لجداول البيانات
notes-copy-here = نسخ هذه الملاحظات إلى هنا
notes-copy-here-tip = تُنسخ كل ملاحظة إلى الفقرة التي وُجد فيها النص المقتبس منها؛ أما الملاحظات التي فقدت موضعها فتحتفظ بالنص المقتبس
notes-all-bookmarks = جميع الإشارات المرجعية
notes-no-bookmarks = لا شيء بعد
notes-comments = التعليقات الواردة في هذا الملف ({ $count })
notes-copy-comment = نسخ إلى ملاحظاتي
notes-copy-comment-tip = افتح ملاحظة على هذه الفقرة تتضمن نص التعليق

## العرض في الصفحة: صفحة ملف PDF بجانب النص

page-not-drawn = تعذر عرض الصفحة
page-not-drawn-because = تعذر عرض الصفحة: { $error }
region-page = الصفحة كما نُشرت
region-text = النص
page-previous = الصفحة السابقة
page-previous-tip = الصفحة التي تسبق هذه الصفحة
page-next = الصفحة التالية
page-next-tip = الصفحة التي تلي هذه الصفحة
page-zoom-out-tip = اعرض الصفحة بكامل عرضها
page-zoom-in-tip = كبّر الصفحة
page-close = إغلاق الصفحة
page-close-tip = أغلق عرض الصفحة
page-number = الصفحة { $page }
page-number-of = الصفحة { $page } من { $pages }
page-marked = الفقرة { $paragraph } مميَّزة في الصفحة كما نُشرت.
page-marked-this-paragraph = هذه الفقرة مميَّزة في الصفحة كما نُشرت.
page-not-here = الفقرة { $paragraph } ليست في هذه الصفحة.
page-not-here-this-paragraph = هذه الفقرة ليست في هذه الصفحة.
page-drawing = جارٍ عرض الصفحة…
page-as-published = الصفحة { $page } من { $file } كما نُشرت

## بطاقة الإحالة: وثيقة محال إليها غير متاحة

card-paragraph = الفقرة { $paragraph }
card-not-among-your-files = ليست ضمن ملفاتك
card-not-open = ليست مفتوحة، ولا توجد في المجلدات التي فتحت منها ملفات
card-copy-symbol = نسخ الرمز
card-copy-link = نسخ الرابط
card-open-online = فتح على الإنترنت ←
card-open-online-tip = يفتح { $url } في المتصفح
card-close = إغلاق
card-search-library = البحث في المكتبة
card-search-library-tip = البحث عن الوثيقة، وعن النصوص التي تشير إليها، بين ملفاتك
card-add-folder = إضافة مجلد…
card-add-folder-tip = إضافة مجلد قرارات إلى المكتبة: تُفتح منه الوثيقة المشار إليها إن وُجدت فيه

## شريط البحث

find-hint = البحث في الوثيقة
find-no-matches = لا توجد نتائج
find-count = { $current } من { $total }
find-previous-tip = النتيجة السابقة (Shift+F3)
find-next-tip = النتيجة التالية (F3)
find-close-tip = إغلاق (Esc)

## المخطط: أجزاء القرار

outline-preamble = الديباجة
outline-operative-part = المنطوق
outline-annex = المرفق
outline-division-preamble = { $division } · { outline-preamble }
outline-division-operative-part = { $division } · { outline-operative-part }

## قائمة اختصارات لوحة المفاتيح

help-when-keys-act = تعمل المفاتيح المكونة من حرف واحد، ومفتاح Escape، ومفتاح Alt مع أحد مفاتيح الأسهم، عندما لا يكون التركيز على أي حقل نصي.
help-mouse-buttons = يتيح زرا الرجوع والتقدم في الماوس أيضا الرجوع والتقدم.

## القارئ: نافذة الوثيقة، وحواشيها، والملاحظات والتعليقات بجانب النص

reader-no-document = افتح قرارا باختيار ملف › فتح، أو اسحب ملفا وأفلته هنا.
reader-footnote = الحاشية { $marker }
reader-citation-paragraph = { $symbol }، الفقرة { $paragraph }
reader-more-characters = … (لم يُعرض { $count ->
    [zero] أي حرف آخر
    [one] حرف واحد آخر
    [two] حرفان آخران
    [few] { $count } أحرف أخرى
    [many] { $count } حرفا آخر
   *[other] { $count } حرف آخر
}؛ والأمر ”نسخ النص“ ينسخ الفقرة كاملة)
reader-bookmark-only = (إشارة مرجعية)
reader-note-was = كانت في { $paragraph }
reader-edit-note-tip = عدّل هذه الملاحظة
reader-comment = تعليق · { $author } { $date }
reader-comment-tip = تعليق وارد في ملف Word. انقر لنسخه إلى ملاحظاتك.

## برامج قراءة الشاشة: اسم كل جزء من أجزاء عرض القراءة

a11y-open-note = فتح الملاحظة على الفقرة { $paragraph }
a11y-bookmark = وضع إشارة مرجعية على الفقرة { $paragraph }
a11y-remove-bookmark = إزالة الإشارة المرجعية من الفقرة { $paragraph }
a11y-bookmark-this-paragraph = وضع إشارة مرجعية على هذه الفقرة
a11y-remove-bookmark-this-paragraph = إزالة الإشارة المرجعية من هذه الفقرة
a11y-footnote-marker = الحاشية { $marker }
a11y-footnote = الحاشية { $marker }: { $text }
a11y-back-to-text = العودة إلى موضع الحاشية { $marker } في النص
a11y-note = ملاحظة على الفقرة { $paragraph }: { $text }
a11y-edit-note = تعديل الملاحظة على الفقرة { $paragraph }
a11y-delete-note = حذف الملاحظة على الفقرة { $paragraph }
a11y-deleted = [محذوف: { $text }]
a11y-inserted = [مُدرج: { $text }]
a11y-comment = تعليق من { $author } على الفقرة { $paragraph }: { $text }

## الإشعارات: ما تعلنه النافذة عند إنجاز أمر ما

notice-scan-cancelled = أُلغي فحص المكتبة.
notice-library-folder-not-available = أحد مجلدات المكتبة غير متاح حاليا، وتظل وثائقه مدرجة: { $path }
notice-library-up-to-date = المكتبة محدَّثة: { $files ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفا
   *[other] { $files } ملف
}؛ قُرئ منها { $read }، ولم يتغير { $unchanged }
notice-library-up-to-date-unreadable = المكتبة محدَّثة: { $files ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفا
   *[other] { $files } ملف
}؛ قُرئ منها { $read }، ولم يتغير { $unchanged }، وتعذرت قراءة { $unreadable } (وهي مدرجة في المكتبة)
notice-imported = { $copied ->
    [zero] لم يُستورد أي ملف
    [one] استُورد ملف واحد
    [two] استُورد ملفان
    [few] استُوردت { $copied } ملفات
    [many] استُورد { $copied } ملفا
   *[other] استُورد { $copied } ملف
} إلى المكتبة ({ $already ->
    [zero] ولم يكن أي ملف موجودا فيها من قبل
    [one] وكان ملف واحد موجودا فيها من قبل
    [two] وكان ملفان موجودين فيها من قبل
    [few] وكانت { $already } ملفات موجودة فيها من قبل
    [many] وكان { $already } ملفا موجودا فيها من قبل
   *[other] وكان { $already } ملف موجودا فيها من قبل
}).
notice-copied-notes = { $count ->
    [zero] لم تُنسخ أي ملاحظة
    [one] نُسخت ملاحظة واحدة
    [two] نُسخت ملاحظتان
    [few] نُسخت { $count } ملاحظات
    [many] نُسخت { $count } ملاحظة
   *[other] نُسخت { $count } ملاحظة
} من { $source }.
notice-place-on-page-unknown = موضع هذه الفقرة في صفحتها غير معروف.
notice-no-pages = الأمر ”العرض في الصفحة“ مخصص للوثائق المفتوحة من ملف PDF، وهذه الوثيقة ليست لها صفحات.
notice-note-deleted = حُذفت الملاحظة.
notice-saved-comparison = حُفظت المقارنة: { $path }
notice-saved-redline = حُفظت المقارنة في ملف Word مع تعقب التغييرات: { $path }
notice-saved-votes = حُفظت الأصوات: { $path }
notice-opened-in-other-language = فُتحت الوثيقة { $symbol } بلغة { $found }، إذ لا توجد في مكتبتك نسخة منها بلغة { $wanted }.
notice-opened-in-unknown-language = فُتحت الوثيقة { $symbol } بلغة أخرى، إذ لا توجد في مكتبتك نسخة منها بلغة { $wanted }.
notice-opened-in-other-language-no-version = فُتحت الوثيقة { $symbol } بلغة { $found }، إذ لا توجد في مكتبتك نسخة منها بهذه اللغة.
notice-opened-in-unknown-language-no-version = فُتحت الوثيقة { $symbol } بلغة أخرى، إذ لا توجد في مكتبتك نسخة منها بهذه اللغة.

## الأخطاء: ما تعذر القيام به وسببه

error-session-unreadable = تعذرت قراءة جلسة العمل الأخيرة ({ $error }): { $path }
error-session-damaged = تعذرت استعادة جلسة العمل الأخيرة ({ $error }): { $path }
error-session-damaged-kept = تعذرت استعادة جلسة العمل الأخيرة ({ $error })، واحتُفظ بها باسم { $kept }: { $path }
error-save-session = تعذر حفظ جلسة العمل: { $error }
error-library-not-opened = تعذر فتح المكتبة: { $error }
error-library-folder-missing = أحد مجلدات المكتبة مفقود: { $path }
error-library-scan-failed = فشل فحص المكتبة: { $error }
error-query-stopped = توقف الاستعلام على نحو غير متوقع
error-undo-document-closed = لم تعد وثيقة الملاحظة المحذوفة مفتوحة؛ افتحها للتراجع عن الحذف.
error-bookmark-source-unknown = تعذر فتح { $document }: المكان الذي فُتحت منه غير معروف
error-save-comparison = تعذر حفظ المقارنة ({ $error }): { $path }
error-write-word = تعذرت كتابة ملف Word ({ $error })
error-save-word = تعذر حفظ ملف Word ({ $error }): { $path }
error-save-votes = تعذر حفظ الأصوات ({ $error }): { $path }
error-no-paragraph = لا توجد الفقرة { $paragraph } في { $document }

## مربعات حوار الملفات: أنواع الملفات المعروضة

dialog-resolutions = القرارات
dialog-all-files = جميع الملفات

## المكتبة: وثيقة ليس لها رمز

library-no-symbol = (دون رمز)
error-link = لا يمكن فتح هذا الرابط ({ $reason }): { $link }
error-link-not-found = لا يوجد { $document } في الملف ولا في المكتبة: أضف المجلد الذي يوجد فيه إلى المكتبة.
notice-saved-notes = حُفظت الملاحظات: { $path }
error-save-notes = تعذر حفظ الملاحظات ({ $error }): { $path }
prompt-title-open = فتح ملف
prompt-title-compare = المقارنة بملف
prompt-title-folder = إضافة مجلد إلى المكتبة
prompt-title-import = استيراد ملفات إلى المكتبة
prompt-no-dialog = لا يمكن عرض مربع حوار الملفات على سطح المكتب هذا (لا توجد بوابة سطح مكتب ولا zenity). اكتب المسار بدلًا من ذلك:
prompt-hint-file = /home/you/Documents/A_RES_75_32.xml
prompt-hint-folder = /home/you/Documents/resolutions
prompt-no-such-file = لا يوجد شيء مقروء في هذا المسار: اكتب المسار الكامل لملف.
prompt-no-such-folder = لا يوجد مجلد في هذا المسار.
prompt-go = موافق
prompt-cancel = إلغاء
reader-ibid = المرجع نفسه: الحاشية { $marker }، «{ $text }»

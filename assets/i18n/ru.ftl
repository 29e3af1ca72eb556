# Интерфейс Plenary на русском языке. Эталон и резервный вариант для недостающих сообщений —
# en.ftl. Каждое сообщение имеет вид `ключ = текст`; строки `.tip` — всплывающие подсказки.
# Переводится только текст после `=`; `{ $placeholders }` сохраняются без изменений. Формы
# множественного числа выбираются конструкцией `{ $count -> [one] … [few] … [many] … *[other] … }`
# (категории Unicode CLDR для русского языка).

language-name = Русский
language-direction = ltr

## Что сообщает ядро программы: почему файл не удается прочитать, предупреждения о документе, почему не сработали библиотека или заметки, что обозначает цитируемое условное обозначение, почему сравнение менее подробно, чем обычно. Командная строка выводит эти сообщения на английском языке, окно — на своем языке. Значения $path, $error (слова самой системы) и $symbol выводятся без изменений

# Почему файл не удается прочитать: $reason — одно из сообщений read-* ниже; $line и $column —
# место в файле, если оно известно; путь указывается последним.
read-error = не удалось прочитать: { $reason }: { $path }
read-error-line = не удалось прочитать: { $reason } (строка { $line }): { $path }
read-error-line-column = не удалось прочитать: { $reason } (строка { $line }, столбец { $column }): { $path }
read-no-such-file = файл не найден
read-permission-denied = отказано в доступе
read-folder = это папка, а не файл
read-not-regular-file = это не обычный файл
read-named-pipe = это не обычный файл (это именованный канал)
read-device = это не обычный файл (это устройство)
read-socket = это не обычный файл (это сокет)
read-too-large-mb = файл слишком велик ({ $size } МБ или больше; предел — { $limit } МБ)
read-too-large = файл слишком велик для резолюции
read-binary-as-text = это файл PDF или Word, содержимое которого было прочитано как текст
read-not-a-resolution = это не резолюция: ожидается XML в формате Akoma Ntoso, PDF или текстовая выгрузка документа ООН
read-empty = файл пуст
read-binary = это двоичный файл, а не текст
read-not-utf8 = файл не в кодировке UTF-8 (недопустимый байт в позиции { $offset }); сохраните его в UTF-8 или в UTF-16 с меткой порядка байтов
read-utf16-odd = файл не в допустимой кодировке UTF-16 (нечетное число байтов)
read-utf16-surrogate = файл не в допустимой кодировке UTF-16 (непарный суррогатный код)
read-no-paragraphs-after-formula = после вводной формулы «{ $formula }» нет ни одного пункта
read-no-paragraphs = в файле нет пунктов резолюции
read-not-like-a-resolution = файл не похож на резолюцию: нет ни вводной формулы, ни названия, ни нумерованных пунктов
read-xml-not-akoma-ntoso = это XML, но не Akoma Ntoso (его корневой элемент — <{ $element }>)
read-akoma-ntoso-no-resolution = это Akoma Ntoso, но в файле нет резолюции (нет ни элемента statement, ни другого документа)
read-akoma-ntoso-no-text = это Akoma Ntoso, но в файле нет текста резолюции (нет ни преамбулы, ни постановляющей части)
read-parameter-entities = в его DOCTYPE объявлены параметрические сущности, которые не поддерживаются
read-external-entities = в его DOCTYPE объявлены внешние сущности, которые никогда не загружаются
read-nested-entities = в нем объявлены сущности, раскрывающиеся в другие сущности, что не поддерживается
read-entities-too-large = в нем объявлены сущности, которые раскрылись бы в объем более 8 МБ
read-too-many-nodes = файл слишком велик для резолюции (более { $limit } { $limit ->
    [one] узла
   *[other] узлов
} XML)
read-malformed-xml = XML составлен с ошибками: { $error }
read-word-part-too-large = это файл Word, часть { $part } которого в распакованном виде больше любой резолюции
read-word-part-not-utf8 = это файл Word, часть { $part } которого не в кодировке UTF-8
read-word-damaged = это файл Word, который не удалось распаковать ({ $error })
read-word-part-malformed = это файл Word, часть { $part } которого составлена с ошибками: { $error }
read-word-no-text = это файл Word без текста (word/document.xml)
read-word-no-body = это файл Word без основной части
read-pdf-damaged = это PDF, который не удалось прочитать (его содержимое повреждено)
read-pdf-too-large = это PDF, в котором больше страниц или текста, чем в любой резолюции
read-pdf-not-opened = это PDF, который не удалось открыть ({ $error })
read-pdf-scanned = это отсканированный PDF без текста (только изображения страниц): Plenary читает PDF, содержащие текст
read-pdf-no-text = это PDF без текста
read-pdf-unknown-letters = это PDF, шрифты которого не сообщают, какие буквы они отображают: его текст невозможно прочитать
read-pdf-page-not-drawn = это PDF, страницу которого не удалось отобразить
read-pdf-no-such-page = { $count ->
    [one] в файле { $count } страница
    [few] в файле { $count } страницы
    [many] в файле { $count } страниц
   *[other] в файле { $count } страницы
}: страницы { $page } нет

# Предупреждение о документе: то, что программе чтения пришлось исправить. $line — строка файла.
warning-at-line = строка { $line }: { $warning }
warning-text-before-formula = текст перед вводной формулой не относится к титульной странице: «{ $text }»
warning-number-restored = у пункта { $number } нет номера; он читается с того места, где начинается его текст
warning-operative-unnumbered = у пункта { $number } постановляющей части нет номера; он определен по своему месту после пункта { $previous }
warning-operative-no-text = у пункта { $number } постановляющей части нет текста
# $label — подпункт в напечатанном виде, (c); $position — его место в перечне; $paragraph — пункт, в который он входит (OP3).
warning-subparagraph-gap = пропуск в нумерации: подпункт { $label } стоит под номером { $position } в пункте { $paragraph }
warning-marker-without-footnote = у знака сноски { $marker } нет сноски
warning-footnote-unreferenced = на сноску { $marker } нигде нет ссылки
warning-operative-gap = пропуск в нумерации: пункт { $number } постановляющей части следует за пунктом { $previous }
warning-annex-gap = пропуск в нумерации: пункт { $number } приложения следует за пунктом { $previous }
warning-misprinted-number = пункт { $number } напечатан с номером «{ $printed }.»; он читается как пункт { $number }
warning-operative-skipped = пункт { $number } постановляющей части следует за пунктом { $previous }
warning-operative-start = пункты постановляющей части начинаются с номера { $number }
warning-restart-without-heading = нумерация начинается заново с 1, но нет заголовка раздела, по которому можно различить пункты
warning-annex-numbered-by-word = номеров пунктов приложения в этом файле нет (их проставил Word); { $count ->
    [one] его { $count } пункт пронумерован как напечатано: 1
    [few] его { $count } пункта пронумерованы от 1 до { $count }, как напечатано
    [many] его { $count } пунктов пронумерованы от 1 до { $count }, как напечатано
   *[other] его { $count } пункта пронумерованы от 1 до { $count }, как напечатано
}
warning-section-numbered-by-word = номеров пунктов раздела в этом файле нет (их проставил Word); { $count ->
    [one] его { $count } пункт пронумерован как напечатано: 1
    [few] его { $count } пункта пронумерованы от 1 до { $count }, как напечатано
    [many] его { $count } пунктов пронумерованы от 1 до { $count }, как напечатано
   *[other] его { $count } пункта пронумерованы от 1 до { $count }, как напечатано
}
warning-subparagraph-first = подпункт { $label } стоит перед всеми нумерованными пунктами; он читается как пункт постановляющей части
warning-id-taken = идентификатор пункта { $id } уже занят; этот пункт получает идентификатор { $new }
warning-sections-too-deep = разделы вложены слишком глубоко; самые внутренние пропущены
warning-lists-too-deep = перечни вложены слишком глубоко; самые внутренние пропущены
warning-annex-heading-outside = заголовок приложения вне какого-либо приложения
warning-number-after-links = номер пункта { $number } напечатан после ссылок, которые относятся к его тексту
warning-elements-too-deep = элементы вложены слишком глубоко; самый внутренний текст пропущен
warning-footnote-in-footnote = сноска внутри другой сноски пропущена
warning-footnote-without-marker = у сноски нет знака; она пронумерована по своему месту
warning-footnote-no-text = у сноски { $marker } нет текста
warning-marker-without-text = у знака сноски { $marker } нет текста сноски в файле
warning-unknown-element-kept = неизвестный элемент <{ $element }> прочитан как простой текст
warning-unknown-element-skipped = неизвестный элемент <{ $element }> пропущен
warning-no-paragraphs = в преамбуле и постановляющей части нет ни одного пункта
warning-cover-symbol = на титульной странице указано { $cover }, но это документ { $symbol } (согласно его номеру и идентификатору); он читается как { $symbol }
warning-tracked-changes = в файле { $count ->
    [one] { $count } записанное исправление
    [few] { $count } записанных исправления
    [many] { $count } записанных исправлений
   *[other] { $count } записанного исправления
}: его текст читается так, как если бы все они были приняты
warning-nested-too-deep = часть содержимого файла вложена слишком глубоко, и ее невозможно прочитать
warning-pdf-ocr = этот PDF — отсканированная страница, текст которой распознан с помощью OCR: некоторые слова могут быть прочитаны неверно (команда «{ action-show-on-page }» покажет отсканированное изображение)
warning-pdf-letters-repaired = { $count ->
    [one] { $count } буква прочитана
    [few] { $count } буквы прочитаны
    [many] { $count } букв прочитано
   *[other] { $count } буквы прочитано
} по встроенному шрифту: собственная таблица букв PDF (ToUnicode) для них неверна

# Почему библиотека или заметки не смогли что-либо сделать: $cannot — одно из сообщений
# *-cannot-* ниже, $error — слова самой системы.
io-error = { $cannot }: { $error }: { $path }
library-cannot-clear-index = не удалось удалить поврежденный индекс библиотеки
library-cannot-create-index = не удалось создать индекс библиотеки
library-cannot-write-cache = не удалось записать кэш библиотеки
library-cannot-save-folders = не удалось сохранить список папок библиотеки
library-cannot-create-folder = не удалось создать папку библиотеки
library-cannot-lock-folders = не удалось заблокировать список папок библиотеки
library-error-index = сбой индекса библиотеки ({ $error }): { $path }
library-error-busy = библиотеку обновляет другой экземпляр Plenary; повторите попытку, когда он закончит: { $path }
library-error-not-a-folder = это не папка: { $path }
library-error-unknown-folder = это не папка библиотеки: { $path }
library-error-scan-lost = сканирование библиотеки неожиданно прервалось
library-error-not-in-library = нет в библиотеке: { $symbol }
library-error-unknown-state = ни в одном заносимом в отчет о заседании голосовании из библиотеки нет такого государства: { $state }
library-error-ambiguous-state = это может быть любое из государств: { $states }; укажите название полнее: { $state }
store-cannot-list = не удалось получить список заметок
store-cannot-create-folder = не удалось создать папку заметок
store-cannot-lock = не удалось заблокировать заметки
store-cannot-save = не удалось сохранить заметки
store-cannot-keep-backup = не удалось сохранить резервную копию заметок
store-cannot-read = не удалось прочитать заметки
store-cannot-move-aside = не удалось отложить поврежденные заметки
store-cannot-restore = не удалось восстановить заметки
store-cannot-read-backup = не удалось прочитать резервную копию заметок
store-error-newer-version = эти заметки сохранены более новой версией Plenary (формат { $found }; эта версия поддерживает форматы до { $supported }) и здесь доступны только для чтения, поэтому ничего не изменено: { $path }
store-error-no-such-note = заметки { $id } нет (возможно, она удалена в другом окне): { $path }
store-error-encode = не удалось сохранить заметки ({ $error }): { $path }
store-error-import = не удалось импортировать: { $reason }: { $path }
store-import-not-json = это не JSON ({ $error })
store-import-not-an-export = это не экспорт заметок (ожидается JSON в формате W3C Web Annotation)
store-import-not-utf8 = это не текст в кодировке UTF-8

# Что обозначает цитируемое условное обозначение, на карточке ссылки. $kind — resolution, decision или document.
symbol-general-assembly = { $kind ->
    [resolution] Резолюция Генеральной Ассамблеи
    [decision] Решение Генеральной Ассамблеи
   *[document] Документ Генеральной Ассамблеи
}
symbol-general-assembly-record = Стенографический отчет (Генеральная Ассамблея)
symbol-general-assembly-draft = Проект (пленарные заседания Генеральной Ассамблеи)
# Главный комитет Генеральной Ассамблеи по его номеру $number (0 — номер, которого у него нет).
symbol-committee = { $number ->
    [1] Первый комитет
    [2] Второй комитет
    [3] Третий комитет
    [4] Четвертый комитет
    [5] Пятый комитет
    [6] Шестой комитет
   *[other] Главный комитет
}
symbol-committee-draft = Проект ({ $committee })
symbol-committee-summary-record = Краткий отчет ({ $committee })
symbol-committee-document = Документ ({ $committee })
symbol-human-rights-council = { $kind ->
    [resolution] Резолюция Совета по правам человека
    [decision] Решение Совета по правам человека
   *[document] Документ Совета по правам человека
}
symbol-human-rights-council-draft = Проект (Совет по правам человека)
symbol-security-council-resolution = Резолюция Совета Безопасности
symbol-presidential-statement = Заявление Председателя Совета Безопасности
symbol-security-council-record = Стенографический отчет (Совет Безопасности)
symbol-security-council-document = Документ Совета Безопасности
symbol-economic-and-social-council = { $kind ->
    [resolution] Резолюция Экономического и Социального Совета
    [decision] Решение Экономического и Социального Совета
   *[document] Документ Экономического и Социального Совета
}
symbol-commission-on-human-rights = { $kind ->
    [resolution] Резолюция Комиссии по правам человека
    [decision] Решение Комиссии по правам человека
   *[document] Документ Комиссии по правам человека
}
symbol-commission-draft = Проект (комиссия Экономического и Социального Совета)
symbol-commission-document = Документ комиссии Экономического и Социального Совета
symbol-bulletin = Бюллетень Генерального секретаря
symbol-administrative-instruction = Административная инструкция
symbol-secretariat-document = Документ Секретариата
symbol-document = Документ Организации Объединенных Наций

# Почему сравнение менее подробно, чем обычно (над его строками).
compare-notice-time-limit = Сравнение не уложилось в отведенное время: некоторые измененные пункты показаны целиком, без пословных изменений.
compare-notice-too-large = Документы слишком велики, чтобы сопоставить каждый пункт по сходству: некоторые измененные пункты показаны как удаленные и добавленные.
compare-notice-unrelated = Похоже, это два разных текста, а не две редакции одного: лишь немногие их пункты соответствуют друг другу.

# Что сообщают заметки, когда их файл был исправлен, отложен или прочитан частично. $notes —
# это store-notes-on (заметки к документу, $document — его название) или store-notes; $reason —
# одно из сообщений store-damage-* или то, что сообщает модуль чтения JSON, на английском языке.
store-notes-on = заметки к документу { $document }
store-notes = заметки
store-damage-empty = файл пуст
store-damage-not-an-object = это не объект JSON
store-damage-no-notes = в файле нет списка заметок
store-warning-lost-notes = { $notes } лишились { $count ->
    [one] { $count } заметки, которая еще сохранялась
    [few] { $count } заметок, которые еще сохранялись
    [many] { $count } заметок, которые еще сохранялись
   *[other] { $count } заметки, которые еще сохранялись
} в их последней исправной копии (файл изменяли вне Plenary?); эта копия сохранена как { $path }
store-warning-newer-shown = { $notes } сохранены более новой версией Plenary (формат { $found }; эта версия поддерживает форматы до { $supported }); здесь они доступны только для чтения и не будут изменены: { $path }
store-warning-newer-not-shown = { $notes } сохранены более новой версией Plenary (формат { $found }; эта версия поддерживает форматы до { $supported }); эта версия не может их показать, и они не будут изменены: { $path }
store-warning-not-repaired = { $notes } не удалось ни прочитать, ни исправить ({ $error }); показана последняя исправная копия, если она есть: { $path }
store-warning-damaged = { $notes } повреждены ({ $reason }); поврежденный файл сохранен как { $path }
store-warning-restored = { $notes } пропали и были восстановлены из последней исправной копии: { $path }
store-warning-backup-damaged = { $notes } пропали, а их последняя копия повреждена ({ $reason }); она сохранена как { $path }
store-warning-damaged-restored = { $notes } повреждены ({ $reason }) и восстановлены из последней исправной копии (изменения, внесенные после нее, могут отсутствовать); поврежденный файл сохранен как { $path }
store-warning-damaged-no-copy = { $notes } повреждены ({ $reason }), а более ранней копии нет; поврежденный файл сохранен как { $path }
# $backup — где сохранена поврежденная последняя копия; $path — где сохранен поврежденный файл.
store-warning-both-damaged = { $notes } повреждены ({ $reason }), как и их последняя копия; оба файла сохранены: { $backup } и { $path }
store-warning-import-skipped = { $count ->
    [one] { $count } элемент не был аннотацией с целевым объектом и пропущен
    [few] { $count } элемента не были аннотациями с целевым объектом и пропущены
    [many] { $count } элементов не были аннотациями с целевым объектом и пропущены
   *[other] { $count } элемента не были аннотациями с целевым объектом и пропущены
}: { $path }

# Почему файл библиотеки не удается прочитать, в списке нечитаемых файлов (после «не удалось
# прочитать:» из read-error). $reason — одно из сообщений read-*.
library-unreadable-line = { $reason } (строка { $line })
library-unreadable-line-column = { $reason } (строка { $line }, столбец { $column })
library-unreadable-reader-failed = при чтении этого файла произошел сбой модуля чтения (просим сообщить об этом файле)
library-unreadable-not-unicode = имя файла не является допустимой строкой Unicode
library-unreadable-not-examined = не удается проверить ({ $reason })
library-unreadable-folder-not-listed = это папка, содержимое которой не удается получить ({ $reason })
library-unreadable-too-deep = это папка со слишком глубокой вложенностью (допустимая глубина: { $limit }); не прочитана
library-unreadable-link-loop = это ссылка на папку, в которой она находится (цикл); переход по ней не выполнялся
library-unreadable-link-not-listed = это ссылка на папку, содержимое которой не удается получить ({ $reason })
library-unreadable-link-to-itself = это ссылка, которая ведет сама на себя (цикл)
library-unreadable-broken-link = это неработающая ссылка (объект, на который она указывает, отсутствует)
library-unreadable-link-not-followed = это ссылка, по которой не удается перейти ({ $reason })
library-import-no-such-file = нет такого файла или папки
library-import-not-copied = не удается скопировать ({ $error })
library-import-namesakes = в библиотеке слишком много файлов с таким именем

# Что сообщает библиотека при открытии: ее кэш или индекс поврежден и будет перестроен, список ее
# папок поврежден. $kept — где сохранен поврежденный список.
library-warning-cache-damaged = кэш библиотеки поврежден ({ $reason }); он будет перестроен по файлам: { $path }
library-warning-index-damaged = индекс библиотеки поврежден ({ $reason }); он будет перестроен по файлам: { $path }
library-warning-folders-backup = список папок библиотеки поврежден ({ $error }); используется его резервная копия: { $path }
library-warning-folders-emptied = список папок библиотеки поврежден ({ $error }) и теперь пуст: { $path }
library-warning-folders-emptied-kept = список папок библиотеки поврежден ({ $error }) и теперь пуст (прежний список сохранен как { $kept }): { $path }
# Почему кэш библиотеки был перестроен.
library-rebuilt-other-version = он создан другой версией Plenary
library-rebuilt-cache-other-version = кэш библиотеки создан другой версией Plenary
library-rebuilt-cache-damaged = кэш библиотеки был поврежден ({ $reason })
library-rebuilt-index-damaged = индекс библиотеки был поврежден ({ $reason })
library-rebuilt-cache-mismatch = кэш библиотеки не соответствовал своему индексу
# Что было повреждено в кэше или индексе библиотеки.
library-damage-facts-unreadable = не удается прочитать его сведения о документах: { $error }
library-damage-facts-mismatch = его сведения о документах не относятся к его файлам
library-damage-index-files = { $count ->
    [one] { $count } файл не прошел проверку
    [few] { $count } файла не прошли проверку
    [many] { $count } файлов не прошли проверку
   *[other] { $count } файла не прошли проверку
}
library-damage-index-unchecked = не удалось проверить его файлы

## Язык документа: даты, строка заголовка в окне чтения и ссылка на пункт — всегда на языке читаемого документа (независимо от языка интерфейса), в формах, которые используются в текстах ООН на русском языке

# Дата: $day и $year — числа; date-month называет месяц.
date = { $day } { date-month } { $year } года
# Месяц ($month, от 1 до 12) в том виде, в каком он пишется в дате (в родительном падеже).
date-month = { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    }

# Строка заголовка в окне чтения: дата принятия ($date в том виде, в каком её пишет `date`),
# доклад комитета, по которому резолюция была принята (как он напечатан в документе), проект,
# на основе которого она принята, и пометка о том, что документ является проектом.
header-adopted = принята { $date }
header-report = доклад { $report }
header-draft-symbol = проект { $symbol }
header-draft = проект

# Копировать ссылку: форма, которую составитель текста вставляет, чтобы сослаться на пункт.
# Резолюция Генеральной Ассамблеи ($number: 75/32 или 75/101 B для части группы резолюций).
cite-resolution = резолюция { $number }
# Резолюция Совета Безопасности ($number 2532, $year 2020).
cite-council-resolution = резолюция { $number } ({ $year })
# Буква части группы резолюций (B в 75/101 B).
cite-part = { $part }
# Ссылка: резолюция, затем место в ней ($place: пункт 3 или раздел II, пункт 3).
cite = { $document }, { $place }
# То же для документа, названного по его условному обозначению (проект: A/C.3/78/L.41, пункт 30).
cite-symbol = { $document }, { $place }
# Две ступени места, сначала более крупная (раздел II, пункт 3).
cite-within = { $outer }, { $inner }
cite-section = раздел { $section }
cite-annex = приложение
cite-annex-numbered = приложение { $annex }
cite-article = статья { $article }
# Пункт постановляющей части или приложения; $labels — его подпункты, каждый в виде cite-label.
cite-paragraph = пункт { $number }{ $labels }
# Пункт статьи (приложение III, статья 8, пункт 2).
cite-article-paragraph = пункт { $number }{ $labels }
cite-label = { " " }{ $label })
# Пункт преамбулы; $ordinal — значение cite-ordinal (десятый).
cite-preambular = { $ordinal } пункт преамбулы{ $labels }
# Порядковое числительное пункта преамбулы (мужской род, именительный падеж): $n — число,
# $hundreds, $tens и $units — его цифры. .part — номер раздела или приложения; $roman — этот
# номер в том виде, в каком он напечатан в документе (II).
cite-ordinal = { $hundreds ->
        [0] { $tens ->
            [0] { $units ->
                [1] первый
                [2] второй
                [3] третий
                [4] четвертый
                [5] пятый
                [6] шестой
                [7] седьмой
                [8] восьмой
                [9] девятый
               *[other] { $n }-й
            }
            [1] { $units ->
                [0] десятый
                [1] одиннадцатый
                [2] двенадцатый
                [3] тринадцатый
                [4] четырнадцатый
                [5] пятнадцатый
                [6] шестнадцатый
                [7] семнадцатый
                [8] восемнадцатый
               *[9] девятнадцатый
            }
           *[other] { $units ->
                [0] { $tens ->
                    [2] двадцатый
                    [3] тридцатый
                    [4] сороковой
                    [5] пятидесятый
                    [6] шестидесятый
                    [7] семидесятый
                    [8] восьмидесятый
                   *[9] девяностый
                }
               *[other] { $tens ->
                    [2] двадцать
                    [3] тридцать
                    [4] сорок
                    [5] пятьдесят
                    [6] шестьдесят
                    [7] семьдесят
                    [8] восемьдесят
                   *[9] девяносто
                } { $units ->
                    [1] первый
                    [2] второй
                    [3] третий
                    [4] четвертый
                    [5] пятый
                    [6] шестой
                    [7] седьмой
                    [8] восьмой
                   *[9] девятый
                }
            }
        }
       *[other] { $n }-й
    }
    .part = { $roman }

## Меню

menu-file = Файл
menu-view = Вид
menu-library = Библиотека
menu-find = Поиск
menu-help = Справка
menu-open-recent = Недавние документы
menu-show-beside = Показать рядом
menu-compare-with = Сравнить с
menu-read-in-parallel = Читать параллельно с
menu-in-the-library = В библиотеке
menu-draft = Проект { $symbol }
menu-language = Язык
nothing-yet = Пока ничего нет
open-second-first = Сначала откройте второй документ
open-other-language-first = Сначала откройте версию на другом языке

## Список сочетаний клавиш: группы действий и «J или Alt+Down»

group-file = Файл
group-view = Вид и навигация
group-library = Библиотека
group-find = Поиск
group-paragraph = Текущий пункт
group-help = Справка
keys-or = или

## Вкладки, история, сообщения

back-nothing = Назад: возвращаться пока некуда
tab-beside = { $title } (рядом)
tab-show-beside = Показать рядом с текущим документом
tabs-more = Все вкладки (ещё { $count })
tabs-more-tip = Все открытые документы, включая те, для которых нет места на панели вкладок
undo = Отменить
remove-bookmark = Удалить закладку
ok = ОК
dismiss = Закрыть
cannot-open = Не удается открыть

## Строка состояния

status-scanning = Сканирование библиотеки…
status-no-document = Нет документа
format-text = текстовый экспорт
status-paragraphs = { $preambular ->
    [one] { $preambular } пункт преамбулы
    [few] { $preambular } пункта преамбулы
    [many] { $preambular } пунктов преамбулы
   *[other] { $preambular } пункта преамбулы
}, { $operative ->
    [one] { $operative } пункт постановляющей части
    [few] { $operative } пункта постановляющей части
    [many] { $operative } пунктов постановляющей части
   *[other] { $operative } пункта постановляющей части
}
status-annex = { $count ->
    [one] { $count } пункт приложения
    [few] { $count } пункта приложения
    [many] { $count } пунктов приложения
   *[other] { $count } пункта приложения
}
status-footnotes = { $count ->
    [one] { $count } сноска
    [few] { $count } сноски
    [many] { $count } сносок
   *[other] { $count } сноски
}
status-citations = { $count ->
    [one] { $count } ссылка
    [few] { $count } ссылки
    [many] { $count } ссылок
   *[other] { $count } ссылки
}
status-warnings = { $count ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
    [many] { $count } предупреждений
   *[other] { $count } предупреждения
}

## Библиотека, голосование государств-членов, пункты повестки дня

library-all-languages = Все языки
library-the-library-could-not-be = Не удалось открыть библиотеку; см. сообщение выше.
library-library = Библиотека
library-back-to-reading = Вернуться к чтению
library-cancel = Отмена
library-search-the-library-words-a = Поиск по библиотеке: слова, «фраза» или условное обозначение (75/32)
library-operative-paragraphs-only = Только пункты постановляющей части
library-search = Найти
library-back-to-the-list-of = Вернуться к списку резолюций
library-nothing-found = Ничего не найдено.
library-filter-by-symbol-or-title = Фильтр по условному обозначению или названию
library-all-bodies = Все органы
library-add-a-folder-of-resolutions = Добавьте папку с резолюциями (в формате Akoma Ntoso XML или текстовые экспорты), чтобы просматривать их и искать в них здесь, а также открывать документы, на которые они ссылаются.
library-languages = Языки
library-remove = Убрать
library-stop-including-this-folder-the = Больше не включать эту папку в библиотеку (файлы останутся на месте)
library-this-document-has-no-symbol = У этого документа нет условного обозначения.
library-none-in-your-library = В вашей библиотеке таких нет
library-no-resolution-in-the-library = В библиотеке нет ни одной резолюции, принятой заносимым в отчет о заседании голосованием: добавьте файлы Akoma Ntoso той или иной сессии, чтобы увидеть, как голосовало каждое государство-член.
library-member-state = Государство-член:
library-find-a-member-state = Найти государство-член
library-session = Сессия:
library-all-sessions = Все сессии
library-agenda-item = Пункт повестки дня:
library-all-agenda-items = Все пункты повестки дня
library-show = Показать:
library-save-the-votes-listed-below = Сохранить приведенные ниже результаты голосования в виде таблицы (CSV)
library-no-vote-matches-these-filters = Нет голосований, соответствующих этим фильтрам.
library-title = Название
library-open-this-resolution = Открыть эту резолюцию
library-absent = Отсутствовали
library-no-resolution-in-the-library-2 = Ни в одной резолюции библиотеки не указан пункт повестки дня: добавьте файлы Akoma Ntoso той или иной сессии, чтобы увидеть ее резолюции по пунктам повестки дня.
library-find-an-agenda-item = Найти пункт повестки дня
library-choose-an-agenda-item-to = Выберите пункт повестки дня, чтобы увидеть относящиеся к нему резолюции по сессиям.
library-resolutions = Резолюции
library-counts = { $resolutions ->
    [one] { $resolutions } резолюция
    [few] { $resolutions } резолюции
    [many] { $resolutions } резолюций
   *[other] { $resolutions } резолюции
} · { $files ->
    [one] { $files } файл
    [few] { $files } файла
    [many] { $files } файлов
   *[other] { $files } файла
}
library-counts-unreadable = { $resolutions ->
    [one] { $resolutions } резолюция
    [few] { $resolutions } резолюции
    [many] { $resolutions } резолюций
   *[other] { $resolutions } резолюции
} · { $files ->
    [one] { $files } файл
    [few] { $files } файла
    [many] { $files } файлов
   *[other] { $files } файла
} · { $unreadable ->
    [one] { $unreadable } нечитаемый
    [few] { $unreadable } нечитаемых
    [many] { $unreadable } нечитаемых
   *[other] { $unreadable } нечитаемого
}
library-close = Закрыть
library-scan-progress = { $phase } { $done }/{ $total } { $name }
library-phase-listing = Составление списка
library-phase-reading = Чтение
library-phase-saving = Сохранение
library-looking-for-files = Поиск файлов…
library-browse = Обзор
library-results = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
library-symbol = Обозначение
library-adopted = Принята
library-body = Орган
library-session-column = Сессия
library-files-unreadable = { $count ->
    [one] Не удалось прочитать { $count } файл
    [few] Не удалось прочитать { $count } файла
    [many] Не удалось прочитать { $count } файлов
   *[other] Не удалось прочитать { $count } файла
}
library-folders = Папки ({ $count })
library-cited-by = Ссылающиеся документы ({ $count })
library-documents-that-cite = Документы в вашей библиотеке, ссылающиеся на { $symbol }
body-general-assembly = Генеральная Ассамблея
body-security-council = Совет Безопасности
body-human-rights-council = Совет по правам человека
body-economic-and-social-council = Экономический и Социальный Совет
body-short-general-assembly = ГА
body-short-security-council = СБ
body-short-human-rights-council = СПЧ
body-short-economic-and-social-council = ЭКОСОС
votes-all = Все голосования
votes-with-majority = Вместе с большинством
votes-not-with-majority = Не так, как большинство
votes-my-country = Моя страна
votes-show-how = Показать, как голосовала ваша страна ({ $state })
votes-reading = Чтение данных о голосовании: { $state }…
votes-export-csv = Экспорт в CSV…
votes-summary = { $state }: голосование вместе с большинством — { $with } из { $cast ->
    [one] { $cast } поданного голоса
    [few] { $cast } поданных голосов
    [many] { $cast } поданных голосов
   *[other] { $cast } поданного голоса
} ({ $share }%); отсутствие — { $absent } из { $recorded ->
    [one] { $recorded } заносимого в отчет о заседании голосования
    [few] { $recorded } заносимых в отчет о заседании голосований
    [many] { $recorded } заносимых в отчет о заседании голосований
   *[other] { $recorded } заносимого в отчет о заседании голосования
}
votes-share-with-majority = { $share }% вместе с большинством
votes-click-session = { $session }. Щелкните, чтобы показать только эту сессию
votes-vote = Голос
votes-majority = Большинство
votes-count = Итоги
votes-session-bar = { $session }: «за» — { $in_favour }, «против» — { $against }, воздержались — { $abstaining }, отсутствовали — { $absent }; { $share }
agenda-count = { $count ->
    [one] { $count } пункт повестки дня
    [few] { $count } пункта повестки дня
    [many] { $count } пунктов повестки дня
   *[other] { $count } пункта повестки дня
}
agenda-sessions = { " · " }сессии { $first }–{ $last }
agenda-session = { " · " }сессия { $session }
agenda-resolutions = { $count ->
    [one] { $count } резолюция
    [few] { $count } резолюции
    [many] { $count } резолюций
   *[other] { $count } резолюции
}
agenda-session-item = Сессия { $session } · { $item }
agenda-session-heading = Сессия { $session }
agenda-session-unknown = Сессия неизвестна
agenda-recorded-vote = Заносимое в отчет о заседании голосование
agenda-vote = Голосование: { $tally }
agenda-without-vote = Без голосования
agenda-how-voted = Так голосовала ваша страна ({ $state })
agenda-in-no-list = { $state }: нет ни в одном из списков голосовавших
agenda-column-note = Каждая резолюция с итогами голосования и голосом вашей страны ({ $state })
vote-in-favour = За
vote-against = Против
vote-abstaining = Воздержались
facts-adopted-recorded = Принята заносимым в отчет о заседании голосованием
facts-adopted-without-vote = Принята без голосования
facts-outcome-tally = { $outcome }: { $tally }
facts-draft-not-adopted = Проект: еще не принят.
facts-no-record = В файле не указано, каким образом документ был принят.
facts-sponsors = Авторы
facts-additional-sponsors = Дополнительные авторы
facts-committee-report = Доклад комитета
facts-adopted = Принята
facts-agenda = Повестка дня
facts-recorded-vote = заносимое в отчет о заседании голосование
facts-without-vote = без голосования
facts-compare-tip = Сравнить { $old } с { $new }
facts-did-not-vote = { $state }: не участвовали в голосовании

## Панель сведений

facts-facts = Сведения
facts-draft = Проект
facts-open-the-draft-if-it = Открыть проект, если он имеется, или узнать, где его можно получить
facts-my-country = Моя страна:
facts-e-g-canada = например, Канада
facts-set-once-your-country-s = Укажите один раз: голос вашей страны будет отмечаться в каждой резолюции
facts-find-a-member-state = Найти государство-член
facts-history-of-the-text = История текста
facts-no-earlier-or-later-resolution = В библиотеке нет ни более ранних, ни более поздних резолюций по этому вопросу.
facts-compare-with-previous = Сравнить с предыдущей
facts-copy = Копировать
facts-copy-the-list-to-paste = Скопировать список, чтобы вставить его в отчет

## Действия: пункты меню и описание каждого из них (.tip)

action-open = Открыть…
    .tip = Открыть резолюцию

action-open-sample = Открыть пример (A/RES/75/32 на китайском языке)
    .tip = Открыть резолюцию, входящую в комплект Plenary

action-export-pdf = Экспорт в PDF…
    .tip = Материалы для печати или для заседания: текст с вашими заметками рядом и, по желанию, сведения и изменения

action-print = Печать…
    .tip = Напечатать материалы: текст с вашими заметками рядом

action-close = Закрыть
    .tip = Закрыть этот документ

action-quit = Выход
    .tip = Закрыть окно; при следующем запуске открытые документы откроются снова

action-next-document = Следующий документ
    .tip = Показать следующий открытый документ

action-outline-panel = Структура
    .tip = Показать или скрыть структуру пунктов документа

action-notes-panel = Заметки и закладки
    .tip = Показать или скрыть панель заметок и закладок

action-facts-panel = Голосование и авторы
    .tip = Показать или скрыть сведения об этой резолюции: как она была принята, голос каждого государства, ее авторы

action-dark-theme = Темная тема
    .tip = Светлый текст на темном фоне

action-high-contrast = Высокая контрастность
    .tip = Белый текст на чёрном, жёлтые ссылки и фокус, каждый элемент в рамке

action-zoom-in = Увеличить
    .tip = Увеличить все элементы

action-zoom-out = Уменьшить
    .tip = Уменьшить все элементы

action-actual-size = Исходный масштаб
    .tip = Отменить увеличение или уменьшение

action-one-document = Один документ
    .tip = Больше не показывать второй документ рядом с этим

action-compare-with-file = Файл…
    .tip = Выбрать файл с более ранним текстом, с которым будет сравниваться этот документ

action-next-paragraph = Следующий пункт
    .tip = Перевести фокус чтения на следующий пункт

action-previous-paragraph = Предыдущий пункт
    .tip = Перевести фокус чтения на предыдущий пункт

action-back = Назад
    .tip = Вернуться туда, где вы были до последнего перехода

action-forward = Вперед
    .tip = Снова перейти туда, откуда вы вернулись
action-next-pane = Следующая область
    .tip = Перевести клавиатуру в следующую область: оглавление, текст, панель заметок, панель сведений; при сравнении — строки и список изменений
action-previous-pane = Предыдущая область
    .tip = Перевести клавиатуру в предыдущую область

action-library = Обзор и поиск
    .tip = Открыть или закрыть библиотеку резолюций на этом компьютере

action-library-votes = Голосование государств-членов
    .tip = Как государство-член голосовало по каждой резолюции библиотеки, по сессиям и пунктам повестки дня

action-library-agenda = Пункты повестки дня
    .tip = Резолюции библиотеки по пунктам повестки дня и сессиям, с итогами голосования

action-add-folder = Добавить папку…
    .tip = Добавить в библиотеку папку с резолюциями

action-import-files = Импортировать файлы…
    .tip = Скопировать файлы в собственную папку библиотеки

action-rescan = Пересканировать
    .tip = Заново прочитать папки библиотеки, чтобы найти новые и измененные файлы

action-cited-by-panel = Панель ссылающихся документов
    .tip = Показать или скрыть документы библиотеки, ссылающиеся на этот документ

action-find = Найти в документе
    .tip = Искать в тексте этого документа

action-previous-match = Предыдущее совпадение
    .tip = Перейти к предыдущему совпадению при поиске

action-next-match = Следующее совпадение
    .tip = Перейти к следующему совпадению при поиске

action-copy-selection = Копировать выделенное
    .tip = Копировать выделенный текст

action-copy-text = Копировать текст
    .tip = Копировать текст пункта

action-copy-citation = Копировать ссылку
    .tip = Копировать ссылку на пункт: условное обозначение документа и номер пункта

action-bookmark = Закладка
    .tip = Поставить закладку на текущий пункт или удалить ее

action-add-note = Добавить заметку…
    .tip = Написать заметку к текущему пункту (к выделенным словам, если они есть)

action-add-note-on-selection = Добавить заметку к выделенному…
    .tip = Написать заметку к выделенным словам

action-show-on-page = Показать на странице
    .tip = Показать страницу PDF, на которой напечатан пункт, с выделением этого пункта

action-dismiss = Закрыть карточку, панель поиска или выделение
    .tip = Закрыть список сочетаний клавиш или карточку ссылки, если их нет — панель поиска, а если нет и ее — снять выделение текста
action-undo-delete = Отменить удаление заметки
    .tip = Вернуть последнюю удаленную заметку

action-keyboard-shortcuts = Сочетания клавиш
    .tip = Показать все сочетания клавиш

## Сравнение: два текста рядом, исправления в проекте Word, параллельное чтение

compare-heading-changes = Сравнение { $old } с { $new }
compare-heading-tracked = Исправления в документе { $document }
compare-heading-parallel = Параллельное чтение: { $first } и { $second }
compare-comparing = Сравнение… { $seconds } с
compare-show = Показать:
compare-show-original = Исходный текст
compare-show-original-tip = Текст в том виде, в каком он был до внесения изменений
compare-show-with-changes = С изменениями
compare-show-with-changes-tip = Текст до и после изменений рядом, с выделением изменений
compare-show-final = Итоговый текст
compare-show-final-tip = Текст, в котором приняты все изменения
compare-summary = Добавлено: { $added }, удалено: { $deleted }, изменено: { $changed }, перемещено: { $moved }
compare-unchanged = (без изменений: { $count })
compare-previous-change = Предыдущее изменение
compare-previous-change-tip = Предыдущее изменение (Shift+F7 или P)
compare-next-change = Следующее изменение
compare-next-change-tip = Следующее изменение (F7 или N)
compare-hide-unchanged = Скрыть неизмененные пункты
compare-fold = … { $count ->
    [one] { $count } неизменённый абзац
    [few] { $count } неизменённых абзаца
    [many] { $count } неизменённых абзацев
   *[other] { $count } неизменённого абзаца
} …
compare-fold-tip = Показать их
compare-column-older = Более ранний: { $document }
compare-column-newer = Более поздний: { $document }
compare-column-before = До отслеживаемых изменений
compare-column-after = С отслеживаемыми изменениями
compare-ignore-punctuation-width = Не учитывать ширину знаков препинания
compare-ignore-punctuation-width-tip = ，и , считаются одним и тем же знаком
compare-ignore-whitespace = Не учитывать пробелы
compare-export = Экспорт
compare-export-html = Страница HTML…
compare-export-markdown = Markdown…
compare-export-word = Файл Word с исправлениями…
compare-export-word-tip = Документ с исправлениями, который открывается в Word и LibreOffice, чтобы принимать или отклонять изменения по одному
compare-changes-by = Автор изменений:
compare-changes-by-tip = Автор, которого Word указывает для каждого изменения
compare-close = Закрыть
compare-close-tip = Вернуться к чтению
compare-changes = Изменения
compare-no-differences = Различий нет
compare-status-unchanged = без изменений
compare-status-changed = изменен
compare-status-added = добавлен
compare-status-deleted = удален
compare-status-moved = перемещен

## A briefing or redline printed as PDF
briefing-bookmarked = Закладка
briefing-added = Добавлен
briefing-deleted = Удалён
briefing-moved-from = Перемещён из { $paragraph }
briefing-renumbered = Ранее { $paragraph }
briefing-title = Материалы (PDF)
briefing-intro = Резолюция в напечатанном виде, с номерами пунктов и сносками, и то, что вы выберете здесь.
briefing-with-notes = Мои заметки и закладки
    .tip = Каждая заметка на полях рядом с её пунктом; пункты с закладками отмечены
briefing-no-notes = В этом документе пока нет заметок и закладок
briefing-with-facts = Сведения: голосование и авторы
    .tip = Как она была принята, голос каждого государства и авторы, по данным файла
briefing-changes-since = Изменения после:
briefing-changes-none = ничего
briefing-no-earlier = Откройте более раннюю редакцию во вкладке или добавьте свои папки в библиотеку, чтобы кратко изложить изменения.
briefing-save = Сохранить как PDF…
briefing-print = Печать
briefing-making = Создание PDF… { $seconds } с
compare-export-pdf = Сравнение в PDF…
    .tip = Сравнение в PDF для печати: удалённое зачёркнуто, добавленное подчёркнуто
notice-saved-pdf = PDF сохранён: { $path }
notice-printed = Отправлено на принтер: { $path }
notice-print-viewer = Принтер здесь не настроен: PDF открыт в программе просмотра PDF, печатайте оттуда ({ $path })
error-save-pdf = не удалось сохранить PDF ({ $error }): { $path }
error-pdf = не удалось создать PDF: { $error }
error-pdf-stopped = создание PDF прервалось
error-print = не удалось напечатать ({ $error }); PDF сохранён здесь: { $path }
compare-change-inserted = Вставлено (автор: { $author })
compare-change-deleted = Удалено (автор: { $author })
compare-change-moved-from = Перемещено отсюда (автор: { $author })
compare-change-moved-to = Перемещено сюда (автор: { $author })
compare-unnamed-author = не указан
compare-change-dated = { $change }, { $date }
compare-summary-for-report = Сводка для отчета
compare-copy = Копировать
compare-copy-tip = Скопировать эти строки, чтобы вставить их в отчет
compare-digest-heading = Изменения в { $new } по сравнению с { $old }:
compare-digest-added = { $count ->
    [one] Добавлен { $count } пункт ({ $paragraphs })
    [few] Добавлено { $count } пункта ({ $paragraphs })
    [many] Добавлено { $count } пунктов ({ $paragraphs })
   *[other] Добавлено { $count } пункта ({ $paragraphs })
}
compare-digest-deleted = { $count ->
    [one] Удален { $count } пункт ({ $paragraphs })
    [few] Удалено { $count } пункта ({ $paragraphs })
    [many] Удалено { $count } пунктов ({ $paragraphs })
   *[other] Удалено { $count } пункта ({ $paragraphs })
}
compare-digest-moved = { $count ->
    [one] Перемещен { $count } пункт ({ $paragraphs })
    [few] Перемещено { $count } пункта ({ $paragraphs })
    [many] Перемещено { $count } пунктов ({ $paragraphs })
   *[other] Перемещено { $count } пункта ({ $paragraphs })
}
compare-digest-changed = { $count ->
    [one] Изменен { $count } пункт ({ $paragraphs })
    [few] Изменено { $count } пункта ({ $paragraphs })
    [many] Изменено { $count } пунктов ({ $paragraphs })
   *[other] Изменено { $count } пункта ({ $paragraphs })
}
compare-digest-stronger = { $paragraph }: { $old } → { $new } (более сильная формулировка)
compare-digest-weaker = { $paragraph }: { $old } → { $new } (более мягкая формулировка)
compare-digest-vote-then-now = Голосование: ранее { $then }, теперь { $now }
compare-digest-vote = Голосование: { $now }

## Заметки и закладки: редактор заметок и панель заметок

notes-editor-edit = Заметка к пункту { $paragraph }
notes-editor-new = Новая заметка к пункту { $paragraph }
notes-read-only = Эти заметки сохранены более новой версией Plenary, и здесь их можно только читать.
notes-your-note = Ваша заметка
notes-colour = Цвет
notes-color-yellow = желтый
notes-color-green = зеленый
notes-color-blue = синий
notes-color-pink = розовый
notes-color-orange = оранжевый
notes-color-purple = фиолетовый
notes-tags = Теги
notes-tags-hint = мандат, последующие меры
notes-bookmark = Закладка
notes-save = Сохранить
notes-cancel = Отмена
notes-delete = Удалить
notes-edit = Изменить
notes-discard-question = Отказаться от написанного?
notes-discard = Отказаться
notes-keep-writing = Продолжить
notes-filter-hint = Фильтр: слова, #тег, OP3
notes-this-document = Этот документ
notes-none-yet = Заметок пока нет. Нажмите B, чтобы поставить закладку на пункт, или N, чтобы написать заметку.
notes-no-match = Нет заметок, соответствующих фильтру.
notes-status-attached = на месте
notes-status-moved = перемещена (ранее { $from }, теперь { $now })
notes-status-orphaned = без привязки
notes-orphaned = без привязки: ранее { $paragraph } «{ $quote }…»
notes-was = (ранее { $paragraph }: «{ $quote }…»)
notes-from = Из документа { $source } ({ $count ->
    [one] { $count } заметка
    [few] { $count } заметки
    [many] { $count } заметок
   *[other] { $count } заметки
})
notes-banner = Ваши заметки к другой редакции или языковой версии этого текста:
notes-banner-copy = Скопировать сюда
notes-banner-show = Показать
notes-banner-show-tip = Открыть панель заметок на этих заметках
notes-export = Экспорт…
notes-export-markdown = Markdown
notes-export-markdown-tip = С заголовками; у каждой заметки ссылка, открывающая Plenary на её абзаце
notes-export-json = W3C Web Annotation (JSON)
notes-export-json-tip = Стандартный формат аннотаций; Plenary может импортировать его обратно
notes-export-csv = CSV
notes-export-csv-tip = По строке на заметку, для электронной таблицы
notes-copy-here = Скопировать эти заметки сюда
notes-copy-here-tip = Каждая заметка будет привязана к пункту, в котором найдена ее цитата; заметки без привязки сохранят свою цитату
notes-all-bookmarks = Все закладки
notes-no-bookmarks = Пока нет
notes-comments = Комментарии в этом файле ({ $count })
notes-copy-comment = Скопировать в мои заметки
notes-copy-comment-tip = Открыть заметку к этому пункту, в которую уже вписан текст комментария

## Показать на странице: страница PDF рядом с текстом

page-not-drawn = не удалось отобразить страницу
page-not-drawn-because = не удалось отобразить страницу: { $error }
region-page = Страница в опубликованном виде
region-text = Текст
page-previous = ← Предыдущая
page-previous-tip = Предыдущая страница
page-next = Следующая →
page-next-tip = Следующая страница
page-zoom-out-tip = Показать страницу во всю ширину
page-zoom-in-tip = Увеличить страницу
page-close = Закрыть страницу
page-close-tip = Закрыть просмотр страницы
page-number = Страница { $page }
page-number-of = Страница { $page } из { $pages }
page-marked = Пункт { $paragraph } выделен на странице опубликованного документа.
page-marked-this-paragraph = Этот пункт выделен на странице опубликованного документа.
page-not-here = Пункта { $paragraph } нет на этой странице.
page-not-here-this-paragraph = Этого пункта нет на этой странице.
page-drawing = Отображение страницы…
page-as-published = Страница { $page } опубликованного документа { $file }

## Карточка ссылки: документ, на который дается ссылка, но которого нет под рукой

card-paragraph = пункт { $paragraph }
card-not-among-your-files = нет среди ваших файлов
card-not-open = не открыт и отсутствует в папках, из которых вы открывали файлы
card-copy-symbol = Копировать условное обозначение
card-copy-link = Копировать адрес ссылки
card-open-online = Открыть в интернете →
card-open-online-tip = Открывает { $url } в браузере
card-close = Закрыть
card-search-library = Искать в библиотеке
card-search-library-tip = Искать документ и тексты, которые на него ссылаются, среди ваших файлов
card-add-folder = Добавить папку…
card-add-folder-tip = Добавить в библиотеку папку с резолюциями: цитируемый документ из неё будет открываться оттуда

## Панель поиска

find-hint = Найти в документе
find-no-matches = нет совпадений
find-count = { $current } из { $total }
find-previous-tip = Предыдущее совпадение (Shift+F3)
find-next-tip = Следующее совпадение (F3)
find-close-tip = Закрыть (Esc)

## Структура: части резолюции

outline-preamble = Преамбула
outline-operative-part = Постановляющая часть
outline-annex = Приложение
outline-division-preamble = { $division } · { outline-preamble }
outline-division-operative-part = { $division } · { outline-operative-part }

## Список сочетаний клавиш

help-when-keys-act = Отдельные буквы, Escape и Alt со стрелкой действуют, когда ни одно текстовое поле не находится в фокусе.
help-mouse-buttons = Кнопки мыши «Назад» и «Вперед» также выполняют переход назад и вперед.

## Чтение: окно документа, его сноски, заметки и комментарии рядом с текстом

reader-no-document = Откройте резолюцию командой Файл › Открыть или перетащите файл сюда.
reader-footnote = Сноска { $marker }
reader-citation-paragraph = { $symbol }, п. { $paragraph }
reader-more-characters = … ({ $count ->
    [one] еще { $count } знак не показан
    [few] еще { $count } знака не показаны
    [many] еще { $count } знаков не показано
   *[other] еще { $count } знака не показано
}; команда «Копировать текст» копирует весь пункт)
reader-bookmark-only = (закладка)
reader-note-was = ранее { $paragraph }
reader-edit-note-tip = Изменить эту заметку
reader-comment = Комментарий · { $author } { $date }
reader-comment-tip = Комментарий в файле Word. Щелкните, чтобы скопировать его в свои заметки.

## Программы чтения с экрана: как называется каждый элемент окна чтения

a11y-open-note = Открыть заметку к пункту { $paragraph }
a11y-bookmark = Поставить закладку на пункт { $paragraph }
a11y-remove-bookmark = Удалить закладку с пункта { $paragraph }
a11y-bookmark-this-paragraph = Поставить закладку на этот пункт
a11y-remove-bookmark-this-paragraph = Удалить закладку с этого пункта
a11y-footnote-marker = сноска { $marker }
a11y-footnote = Сноска { $marker }: { $text }
a11y-back-to-text = вернуться к сноске { $marker } в тексте
a11y-note = Заметка к пункту { $paragraph }: { $text }
a11y-edit-note = Изменить заметку к пункту { $paragraph }
a11y-delete-note = Удалить заметку к пункту { $paragraph }
a11y-deleted = [удалено: { $text }]
a11y-inserted = [вставлено: { $text }]
a11y-comment = Комментарий к пункту { $paragraph }, автор { $author }: { $text }

## Уведомления: что сообщает окно, когда действие выполнено

notice-scan-cancelled = Сканирование библиотеки отменено.
notice-library-folder-not-available = Папка библиотеки сейчас недоступна; ее документы остаются в списке: { $path }
notice-library-up-to-date = Библиотека обновлена: { $files ->
    [one] { $files } файл
    [few] { $files } файла
    [many] { $files } файлов
   *[other] { $files } файла
}, прочитано: { $read }, без изменений: { $unchanged }
notice-library-up-to-date-unreadable = Библиотека обновлена: { $files ->
    [one] { $files } файл
    [few] { $files } файла
    [many] { $files } файлов
   *[other] { $files } файла
}, прочитано: { $read }, без изменений: { $unchanged }, не удалось прочитать: { $unreadable } (они перечислены в библиотеке)
notice-imported = { $copied ->
    [one] Импортирован { $copied } файл
    [few] Импортировано { $copied } файла
    [many] Импортировано { $copied } файлов
   *[other] Импортировано { $copied } файла
} в библиотеку ({ $already ->
    [one] { $already } уже был в ней
    [few] { $already } уже были в ней
    [many] { $already } уже было в ней
   *[other] { $already } уже было в ней
}).
notice-copied-notes = { $count ->
    [one] Скопирована { $count } заметка
    [few] Скопированы { $count } заметки
    [many] Скопировано { $count } заметок
   *[other] Скопировано { $count } заметки
} из документа { $source }.
notice-place-on-page-unknown = Неизвестно, где на странице находится этот пункт.
notice-no-pages = Функция «Показать на странице» предназначена для документов, открытых из PDF, а у этого документа нет страниц.
notice-note-deleted = Заметка удалена.
notice-saved-comparison = Результат сравнения сохранен: { $path }
notice-saved-redline = Результат сравнения сохранен в виде файла Word с исправлениями: { $path }
notice-saved-votes = Результаты голосования сохранены: { $path }
notice-opened-in-other-language = Документ { $symbol } открыт в версии «{ $found }»: в вашей библиотеке нет версии «{ $wanted }».
notice-opened-in-unknown-language = Документ { $symbol } открыт на другом языке: в вашей библиотеке нет версии «{ $wanted }».
notice-opened-in-other-language-no-version = Документ { $symbol } открыт в версии «{ $found }»: в вашей библиотеке нет версии на этом языке.
notice-opened-in-unknown-language-no-version = Документ { $symbol } открыт на другом языке: в вашей библиотеке нет версии на этом языке.

## Ошибки: что не удалось сделать и почему

error-session-unreadable = не удалось прочитать данные последнего сеанса ({ $error }): { $path }
error-session-damaged = не удалось восстановить последний сеанс ({ $error }): { $path }
error-session-damaged-kept = не удалось восстановить последний сеанс ({ $error }); файл сохранен как { $kept }: { $path }
error-save-session = не удалось сохранить сеанс: { $error }
error-library-not-opened = не удалось открыть библиотеку: { $error }
error-library-folder-missing = папка библиотеки не найдена: { $path }
error-library-scan-failed = не удалось выполнить сканирование библиотеки: { $error }
error-query-stopped = выполнение запроса неожиданно прервалось
error-undo-document-closed = Документ, к которому относилась удаленная заметка, больше не открыт; откройте его, чтобы отменить удаление.
error-bookmark-source-unknown = не удается открыть документ { $document }: неизвестно, откуда он был открыт
error-save-comparison = не удалось сохранить результат сравнения ({ $error }): { $path }
error-write-word = не удалось создать файл Word ({ $error })
error-save-word = не удалось сохранить файл Word ({ $error }): { $path }
error-save-votes = не удалось сохранить результаты голосования ({ $error }): { $path }
error-no-paragraph = в документе { $document } нет пункта { $paragraph }

## Диалоговые окна выбора файлов: предлагаемые типы файлов

dialog-resolutions = Резолюции
dialog-all-files = Все файлы

## Библиотека: документ без условного обозначения

library-no-symbol = (без условного обозначения)
error-link = Эту ссылку нельзя открыть ({ $reason }): { $link }
error-link-not-found = Ни файла, ни документа { $document } в библиотеке нет: добавьте его папку в библиотеку.
notice-saved-notes = Заметки сохранены: { $path }
error-save-notes = не удалось сохранить заметки ({ $error }): { $path }
prompt-title-open = Открыть файл
prompt-title-compare = Сравнить с файлом
prompt-title-folder = Добавить папку в библиотеку
prompt-title-import = Импортировать файлы в библиотеку
prompt-no-dialog = На этом рабочем столе нельзя показать диалог выбора файлов (нет ни портала, ни zenity). Введите путь:
prompt-hint-file = /home/вы/Документы/A_RES_75_32.xml
prompt-hint-folder = /home/вы/Документы/резолюции
prompt-no-such-file = По этому пути нет читаемого файла: введите полный путь к файлу.
prompt-no-such-folder = По этому пути нет папки.
prompt-go = ОК
prompt-cancel = Отмена
reader-ibid = Там же: сноска { $marker }, «{ $text }»

# Интерфейс Plenary на русском языке. Эталон и резервный вариант для недостающих сообщений —
# en.ftl. Каждое сообщение имеет вид `ключ = текст`; строки `.tip` — всплывающие подсказки.
# Переводится только текст после `=`; `{ $placeholders }` сохраняются без изменений. Формы
# множественного числа выбираются конструкцией `{ $count -> [one] … [few] … [many] … *[other] … }`
# (категории Unicode CLDR для русского языка).

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

action-close = Закрыть
    .tip = Закрыть этот документ

action-quit = Выход
    .tip = Закрыть окно; при следующем запуске открытые документы откроются снова

action-next-document = Следующий документ
    .tip = Показать следующий открытый документ

action-notes-panel = Заметки и закладки
    .tip = Показать или скрыть панель заметок и закладок

action-facts-panel = Голосование и авторы
    .tip = Показать или скрыть сведения об этой резолюции: как она была принята, голос каждого государства, ее авторы

action-dark-theme = Темная тема
    .tip = Светлый текст на темном фоне

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
    .tip = Закрыть карточку ссылки, если ее нет — панель поиска, а если нет и ее — снять выделение текста

action-keyboard-shortcuts = Сочетания клавиш
    .tip = Показать все сочетания клавиш

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

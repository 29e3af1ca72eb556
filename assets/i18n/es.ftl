# Interfaz de Plenary en español. La referencia es en.ftl, que también se usa para cualquier
# mensaje que falte aquí. Cada mensaje es `clave = texto`; las líneas `.tip` son descripciones emergentes.
# Tradúzcase solo el texto que sigue a `=`; los `{ $marcadores }` se mantienen tal cual. Las formas del plural
# se eligen con `{ $count -> [one] … *[other] … }` (categorías CLDR de Unicode del idioma).

## Menús

menu-file = Archivo
menu-view = Ver
menu-library = Biblioteca
menu-find = Buscar
menu-help = Ayuda
menu-open-recent = Abrir reciente
menu-show-beside = Mostrar al lado
menu-compare-with = Comparar con
menu-read-in-parallel = Leer en paralelo con
menu-language = Idioma
nothing-yet = Aún no hay nada
open-second-first = Abra primero un segundo documento
open-other-language-first = Abra primero la versión en otro idioma

## Lista de atajos: los grupos de acciones, y "J o Alt+Abajo"

group-file = Archivo
group-view = Ver y desplazarse
group-library = Biblioteca
group-find = Buscar
group-paragraph = Párrafo que se está leyendo
group-help = Ayuda
keys-or = o

## Pestañas, historial, mensajes

back-nothing = Atrás: todavía no hay adónde volver
tab-beside = { $title } (al lado)
tab-show-beside = Mostrar al lado del documento actual
undo = Deshacer
remove-bookmark = Quitar marcador
ok = Aceptar
dismiss = Descartar
cannot-open = No se puede abrir

## Barra de estado

status-scanning = Examinando la biblioteca…
status-no-document = Ningún documento
format-text = exportación de texto
status-paragraphs = { $preambular ->
    [one] 1 párrafo del preámbulo
   *[other] { $preambular } párrafos del preámbulo
}, { $operative } de la parte dispositiva
status-annex = { $count ->
    [one] 1 párrafo del anexo
   *[other] { $count } párrafos del anexo
}
status-footnotes = { $count ->
    [one] 1 nota
   *[other] { $count } notas
}
status-citations = { $count ->
    [one] 1 cita
   *[other] { $count } citas
}
status-warnings = { $count ->
    [one] 1 advertencia
   *[other] { $count } advertencias
}

## Biblioteca, votos por Estado Miembro, temas del programa

library-all-languages = Todos los idiomas
library-the-library-could-not-be = No se pudo abrir la biblioteca; véase el mensaje anterior.
library-library = Biblioteca
library-back-to-reading = Volver a la lectura
library-cancel = Cancelar
library-search-the-library-words-a = Buscar en la biblioteca: palabras, "una frase" o una signatura (75/32)
library-operative-paragraphs-only = Solo párrafos de la parte dispositiva
library-search = Buscar
library-back-to-the-list-of = Volver a la lista de resoluciones
library-nothing-found = No se encontró nada.
library-filter-by-symbol-or-title = Filtrar por signatura o título
library-all-bodies = Todos los órganos
library-add-a-folder-of-resolutions = Añada una carpeta de resoluciones (XML de Akoma Ntoso o exportaciones de texto) para examinarlas y buscar en ellas desde aquí, y para abrir los documentos que citan.
library-languages = Idiomas
library-remove = Quitar
library-stop-including-this-folder-the = Dejar de incluir esta carpeta (los archivos permanecen donde están)
library-this-document-has-no-symbol = Este documento no tiene signatura.
library-none-in-your-library = Ninguno en su biblioteca
library-no-resolution-in-the-library = Ninguna resolución de la biblioteca se aprobó en votación registrada: añada los archivos Akoma Ntoso de un período de sesiones para ver cómo votó cada Estado Miembro.
library-member-state = Estado Miembro:
library-find-a-member-state = Buscar un Estado Miembro
library-session = Período de sesiones:
library-all-sessions = Todos los períodos de sesiones
library-agenda-item = Tema del programa:
library-all-agenda-items = Todos los temas del programa
library-show = Mostrar:
library-save-the-votes-listed-below = Guardar como hoja de cálculo (CSV) los votos que figuran a continuación
library-no-vote-matches-these-filters = Ningún voto coincide con estos filtros.
library-title = Título
library-open-this-resolution = Abrir esta resolución
library-absent = Ausente
library-no-resolution-in-the-library-2 = Ninguna resolución de la biblioteca indica su tema del programa: añada los archivos Akoma Ntoso de un período de sesiones para ver sus resoluciones por tema del programa.
library-find-an-agenda-item = Buscar un tema del programa
library-choose-an-agenda-item-to = Elija un tema del programa para ver sus resoluciones por período de sesiones.
library-resolutions = Resoluciones
library-counts = { $resolutions ->
    [one] 1 resolución
   *[other] { $resolutions } resoluciones
} · { $files ->
    [one] 1 archivo
   *[other] { $files } archivos
}
library-counts-unreadable = { $resolutions ->
    [one] 1 resolución
   *[other] { $resolutions } resoluciones
} · { $files ->
    [one] 1 archivo
   *[other] { $files } archivos
} · { $unreadable ->
    [one] 1 ilegible
   *[other] { $unreadable } ilegibles
}
library-close = Cerrar
library-scan-progress = { $phase } { $done }/{ $total } { $name }
library-phase-listing = Enumerando
library-phase-reading = Leyendo
library-phase-saving = Guardando
library-looking-for-files = Buscando archivos…
library-browse = Examinar
library-results = { $count ->
    [one] 1 resultado
   *[other] { $count } resultados
}
library-symbol = Signatura
library-adopted = Aprobada
library-body = Órgano
library-session-column = Período de sesiones
library-files-unreadable = { $count ->
    [one] No se pudo leer 1 archivo
   *[other] No se pudieron leer { $count } archivos
}
library-folders = Carpetas ({ $count })
library-cited-by = Citado por ({ $count })
library-documents-that-cite = Documentos de su biblioteca que citan { $symbol }
body-general-assembly = Asamblea General
body-security-council = Consejo de Seguridad
body-human-rights-council = Consejo de Derechos Humanos
body-economic-and-social-council = Consejo Económico y Social
body-short-general-assembly = AG
body-short-security-council = CS
body-short-human-rights-council = CDH
body-short-economic-and-social-council = ECOSOC
votes-all = Todos los votos
votes-with-majority = Con la mayoría
votes-not-with-majority = Distinto de la mayoría
votes-my-country = Mi país
votes-show-how = Mostrar cómo votó { $state }
votes-reading = Leyendo los votos de { $state }…
votes-export-csv = Exportar a CSV…
votes-summary = { $state }: con la mayoría en { $with } de { $cast ->
    [one] 1 voto emitido
   *[other] los { $cast } votos emitidos
} ({ $share } %); ausente en { $absent } de { $recorded ->
    [one] 1 votación registrada
   *[other] las { $recorded } votaciones registradas
}
votes-share-with-majority = { $share } % con la mayoría
votes-click-session = { $session }. Haga clic para mostrar solo este período de sesiones
votes-vote = Voto
votes-majority = Mayoría
votes-count = Recuento
votes-session-bar = { $session }: { $in_favour } a favor, { $against } en contra, { $abstaining ->
    [one] 1 abstención
   *[other] { $abstaining } abstenciones
}, { $absent ->
    [one] 1 ausente
   *[other] { $absent } ausentes
}; { $share }
agenda-count = { $count ->
    [one] 1 tema del programa
   *[other] { $count } temas del programa
}
agenda-sessions = { " · " }períodos de sesiones { $first }º a { $last }º
agenda-session = { " · " }{ $session }º período de sesiones
agenda-resolutions = { $count ->
    [one] 1 resolución
   *[other] { $count } resoluciones
}
agenda-session-item = { $session }º período de sesiones · { $item }
agenda-session-heading = { $session }º período de sesiones
agenda-session-unknown = Período de sesiones desconocido
agenda-recorded-vote = Votación registrada
agenda-vote = Votación { $tally }
agenda-without-vote = Sin votación
agenda-how-voted = Cómo votó { $state }
agenda-in-no-list = { $state } no figura en ninguna lista
agenda-column-note = Cada resolución con su votación y cómo votó { $state }
vote-in-favour = A favor
vote-against = En contra
vote-abstaining = Abstención
facts-adopted-recorded = Aprobada en votación registrada
facts-adopted-without-vote = Aprobada sin votación
facts-outcome-tally = { $outcome }: { $tally }
facts-draft-not-adopted = Proyecto: aún no aprobado.
facts-no-record = El archivo no indica cómo se aprobó.
facts-sponsors = Patrocinadores
facts-additional-sponsors = Patrocinadores adicionales
facts-committee-report = Informe de la Comisión
facts-adopted = Aprobada
facts-agenda = Programa
facts-recorded-vote = votación registrada
facts-without-vote = sin votación
facts-compare-tip = Comparar { $old } con { $new }
facts-did-not-vote = { $state }: no votó

## Panel de datos

facts-facts = Datos
facts-draft = Proyecto
facts-open-the-draft-if-it = Abre el proyecto, si está disponible, o indica dónde obtenerlo
facts-my-country = Mi país:
facts-e-g-canada = p. ej., Chile
facts-set-once-your-country-s = Se indica una sola vez: el voto de su país se destaca en todas las resoluciones
facts-find-a-member-state = Buscar un Estado Miembro
facts-history-of-the-text = Historial del texto
facts-no-earlier-or-later-resolution = No hay en la biblioteca ninguna resolución anterior ni posterior sobre este tema.
facts-compare-with-previous = Comparar con la anterior
facts-copy = Copiar
facts-copy-the-list-to-paste = Copia la lista para pegarla en un informe

## Acciones: elementos de menú, con lo que hace cada uno (.tip)

action-open = Abrir…
    .tip = Abre una resolución

action-open-sample = Abrir el ejemplo (A/RES/75/32, en chino)
    .tip = Abre la resolución que se incluye con Plenary

action-close = Cerrar
    .tip = Cierra este documento

action-quit = Salir
    .tip = Cierra la ventana; los documentos abiertos volverán a aparecer la próxima vez

action-next-document = Documento siguiente
    .tip = Muestra el siguiente documento abierto

action-notes-panel = Notas y marcadores
    .tip = Muestra u oculta el panel de notas y marcadores

action-facts-panel = Votaciones y patrocinadores
    .tip = Muestra u oculta los datos de esta resolución: cómo se aprobó, el voto de cada Estado y sus patrocinadores

action-dark-theme = Tema oscuro
    .tip = Texto claro sobre fondo oscuro

action-zoom-in = Acercar
    .tip = Agranda todo

action-zoom-out = Alejar
    .tip = Reduce todo

action-actual-size = Tamaño real
    .tip = Deshace el acercamiento o el alejamiento

action-one-document = Un solo documento
    .tip = Deja de mostrar un segundo documento al lado de este

action-compare-with-file = Un archivo…
    .tip = Elige un archivo con el que comparar este documento, como texto anterior

action-next-paragraph = Párrafo siguiente
    .tip = Lleva el foco de lectura al párrafo siguiente

action-previous-paragraph = Párrafo anterior
    .tip = Lleva el foco de lectura al párrafo anterior

action-back = Atrás
    .tip = Vuelve al punto en que se encontraba antes del último salto

action-forward = Adelante
    .tip = Avanza de nuevo hasta el punto desde el que retrocedió

action-library = Examinar y buscar
    .tip = Abre o cierra la biblioteca de resoluciones de este equipo

action-library-votes = Votos por Estado Miembro
    .tip = Cómo votó un Estado Miembro en cada resolución de la biblioteca, por período de sesiones y tema del programa

action-library-agenda = Temas del programa
    .tip = Las resoluciones de la biblioteca por tema del programa y período de sesiones, con sus votaciones

action-add-folder = Añadir carpeta…
    .tip = Añade una carpeta de resoluciones a la biblioteca

action-import-files = Importar archivos…
    .tip = Copia archivos en la carpeta propia de la biblioteca

action-rescan = Volver a examinar
    .tip = Vuelve a leer las carpetas de la biblioteca en busca de archivos nuevos o modificados

action-cited-by-panel = Panel “Citado por”
    .tip = Muestra u oculta los documentos de la biblioteca que citan este

action-find = Buscar en el documento
    .tip = Busca en el texto de este documento

action-previous-match = Coincidencia anterior
    .tip = Va a la coincidencia anterior de la búsqueda

action-next-match = Coincidencia siguiente
    .tip = Va a la coincidencia siguiente de la búsqueda

action-copy-selection = Copiar selección
    .tip = Copia el texto seleccionado

action-copy-text = Copiar texto
    .tip = Copia el texto del párrafo

action-copy-citation = Copiar referencia
    .tip = Copia una referencia al párrafo: la signatura del documento y el párrafo

action-bookmark = Marcador
    .tip = Pone un marcador en el párrafo que se está leyendo, o lo quita

action-add-note = Añadir nota…
    .tip = Escribe una nota sobre el párrafo que se está leyendo (sobre las palabras seleccionadas, si las hay)

action-add-note-on-selection = Añadir nota a la selección…
    .tip = Escribe una nota sobre las palabras seleccionadas

action-show-on-page = Mostrar en la página
    .tip = Muestra la página del PDF en la que está impreso el párrafo, con el párrafo resaltado

action-dismiss = Cerrar ficha, barra de búsqueda o selección
    .tip = Cierra la ficha de una cita; si no la hay, la barra de búsqueda; si tampoco, descarta el texto seleccionado

action-keyboard-shortcuts = Atajos de teclado
    .tip = Muestra todos los atajos de teclado

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

# Interfaz de Plenary en español. La referencia es en.ftl, que también se usa para cualquier
# mensaje que falte aquí. Cada mensaje es `clave = texto`; las líneas `.tip` son descripciones emergentes.
# Tradúzcase solo el texto que sigue a `=`; los `{ $marcadores }` se mantienen tal cual. Las formas del plural
# se eligen con `{ $count -> [one] … *[other] … }` (categorías CLDR de Unicode del idioma).

language-name = Español
language-direction = ltr

## Lo que dice el núcleo del programa: por qué no se puede leer un archivo, las advertencias de un documento, por qué fallaron la biblioteca o las notas, qué designa una signatura citada, por qué una comparación es menos detallada que de costumbre. La línea de comandos los muestra en inglés; la ventana, en su idioma. Los valores como $path, $error (las palabras del sistema) y $symbol se muestran tal cual

# Por qué no se puede leer un archivo: $reason es uno de los mensajes read-* siguientes;
# $line y $column indican dónde, si se sabe; la ruta va al final.
read-error = no se puede leer: { $reason }: { $path }
read-error-line = no se puede leer: { $reason } (línea { $line }): { $path }
read-error-line-column = no se puede leer: { $reason } (línea { $line }, columna { $column }): { $path }
read-no-such-file = el archivo no existe
read-permission-denied = permiso denegado
read-folder = es una carpeta, no un archivo
read-not-regular-file = no es un archivo normal
read-named-pipe = no es un archivo normal (es una canalización con nombre)
read-device = no es un archivo normal (es un dispositivo)
read-socket = no es un archivo normal (es un socket)
read-too-large-mb = es demasiado grande ({ $size } MB o más; el límite es de { $limit } MB)
read-too-large = es demasiado grande para ser una resolución
read-binary-as-text = es un archivo PDF o Word cuyo contenido se leyó como texto
read-not-a-resolution = no es una resolución: se esperaba XML Akoma Ntoso, un PDF o una exportación en texto de un documento de las Naciones Unidas
read-empty = está vacío
read-binary = es un archivo binario, no de texto
read-not-utf8 = no está en UTF-8 (byte no válido en la posición { $offset }); guárdelo en UTF-8 o en UTF-16 con marca de orden de bytes
read-utf16-odd = no está en UTF-16 válido (número impar de bytes)
read-utf16-surrogate = no está en UTF-16 válido (sustituto sin pareja)
read-no-paragraphs-after-formula = no tiene párrafos después de la fórmula introductoria "{ $formula }"
read-no-paragraphs = no tiene párrafos de resolución
read-not-like-a-resolution = no parece una resolución: no tiene fórmula introductoria, título ni párrafos numerados
read-xml-not-akoma-ntoso = es XML, pero no Akoma Ntoso (su elemento raíz es <{ $element }>)
read-akoma-ntoso-no-resolution = es Akoma Ntoso, pero no contiene ninguna resolución (ningún elemento statement ni otro documento)
read-akoma-ntoso-no-text = es Akoma Ntoso, pero no contiene el texto de ninguna resolución (ni preámbulo ni parte dispositiva)
read-parameter-entities = su DOCTYPE declara entidades de parámetro, que no se admiten
read-external-entities = su DOCTYPE declara entidades externas, que nunca se descargan
read-nested-entities = declara entidades que se expanden en otras entidades, lo que no se admite
read-entities-too-large = declara entidades que se expandirían a más de 8 MB
read-too-many-nodes = es demasiado grande para ser una resolución (más de { $limit } nodos XML)
read-malformed-xml = el XML está mal formado: { $error }
read-word-part-too-large = es un archivo Word cuya parte { $part } ocupa, descomprimida, más que cualquier resolución
read-word-part-not-utf8 = es un archivo Word cuya parte { $part } no está en UTF-8
read-word-damaged = es un archivo Word que no se pudo descomprimir ({ $error })
read-word-part-malformed = es un archivo Word cuya parte { $part } está mal formada: { $error }
read-word-no-text = es un archivo Word sin su texto (word/document.xml)
read-word-no-body = es un archivo Word sin cuerpo de texto
read-pdf-damaged = es un PDF que no se pudo leer (su contenido está dañado)
read-pdf-too-large = es un PDF con más páginas o más texto que cualquier resolución
read-pdf-not-opened = es un PDF que no se pudo abrir ({ $error })
read-pdf-scanned = es un PDF escaneado sin texto (solo imágenes de las páginas): Plenary lee los PDF que contienen su texto
read-pdf-no-text = es un PDF sin texto
read-pdf-unknown-letters = es un PDF cuyas fuentes no indican qué letras dibujan: su texto no se puede leer
read-pdf-page-not-drawn = es un PDF cuya página no se pudo mostrar
read-pdf-no-such-page = { $count ->
    [one] tiene { $count } página
   *[other] tiene { $count } páginas
}: no existe la página { $page }

# Una advertencia sobre un documento: algo que el lector tuvo que subsanar. $line: la línea del archivo.
warning-at-line = línea { $line }: { $warning }
warning-text-before-formula = el texto anterior a la fórmula introductoria no forma parte de una portada: "{ $text }"
warning-number-restored = el párrafo { $number } no tiene número; se lee a partir de donde empieza su texto
warning-operative-unnumbered = el párrafo { $number } de la parte dispositiva no tiene número; se lee según su lugar, después del párrafo { $previous }
warning-operative-no-text = el párrafo { $number } de la parte dispositiva no tiene texto
# $label: el apartado tal como está impreso, (c); $position: el lugar que ocupa en su lista; $paragraph: el párrafo del que depende (OP3).
warning-subparagraph-gap = salto en la numeración: el apartado { $label } ocupa el lugar { $position } en { $paragraph }
warning-marker-without-footnote = la llamada de nota { $marker } no tiene nota al pie
warning-footnote-unreferenced = la nota al pie { $marker } no se cita en ningún lugar
warning-operative-gap = salto en la numeración: el párrafo { $number } de la parte dispositiva sigue al { $previous }
warning-annex-gap = salto en la numeración: el párrafo { $number } del anexo sigue al { $previous }
warning-misprinted-number = el párrafo { $number } está impreso como "{ $printed }."; se lee como el { $number }
warning-operative-skipped = el párrafo { $number } de la parte dispositiva sigue al párrafo { $previous }
warning-operative-start = los párrafos de la parte dispositiva empiezan en el { $number }
warning-restart-without-heading = la numeración vuelve a empezar en 1 sin un título de sección que permita distinguir los párrafos
warning-annex-numbered-by-word = los números de los párrafos del anexo no figuran en este archivo (los numeró Word); { $count ->
    [one] su párrafo se numera 1, como en la versión impresa
   *[other] sus { $count } párrafos se numeran del 1 al { $count }, como en la versión impresa
}
warning-section-numbered-by-word = los números de los párrafos de una sección no figuran en este archivo (los numeró Word); { $count ->
    [one] su párrafo se numera 1, como en la versión impresa
   *[other] sus { $count } párrafos se numeran del 1 al { $count }, como en la versión impresa
}
warning-subparagraph-first = el apartado { $label } aparece antes de cualquier párrafo numerado; se lee como un párrafo de la parte dispositiva
warning-id-taken = el identificador de párrafo { $id } ya estaba en uso; este pasa a ser { $new }
warning-sections-too-deep = secciones anidadas a demasiada profundidad; se omitieron las más internas
warning-lists-too-deep = listas anidadas a demasiada profundidad; se omitieron las más internas
warning-annex-heading-outside = un título de anexo fuera de todo anexo
warning-number-after-links = el número del párrafo { $number } está impreso después de unos enlaces que forman parte de su texto
warning-elements-too-deep = elementos anidados a demasiada profundidad; se omitió el texto más interno
warning-footnote-in-footnote = se omitió una nota al pie que estaba dentro de otra
warning-footnote-without-marker = una nota al pie no tiene llamada; se numera según su posición
warning-footnote-no-text = la nota al pie { $marker } no tiene texto
warning-marker-without-text = la llamada de nota { $marker } no tiene el texto de su nota en el archivo
warning-unknown-element-kept = elemento desconocido <{ $element }> leído como texto sin formato
warning-unknown-element-skipped = elemento desconocido <{ $element }> omitido
warning-no-paragraphs = el preámbulo y la parte dispositiva no contienen ningún párrafo
warning-cover-symbol = la portada dice { $cover }, pero el documento es { $symbol } (según su número y su identificación); se lee como { $symbol }
warning-tracked-changes = el archivo tiene { $count ->
    [one] { $count } cambio con control de cambios
   *[other] { $count } cambios con control de cambios
}: su texto se lee con todos ellos aceptados
warning-nested-too-deep = parte del contenido del archivo está anidada a demasiada profundidad para poder leerse
warning-pdf-ocr = este PDF es una página escaneada cuyo texto se reconoció por OCR: algunas palabras pueden estar mal leídas ({ action-show-on-page } muestra la imagen escaneada)
warning-pdf-letters-repaired = { $count ->
    [one] { $count } letra se leyó
   *[other] { $count } letras se leyeron
} de la fuente incrustada: la tabla de letras propia del PDF (ToUnicode) es errónea para ellas

# Por qué la biblioteca o las notas no pudieron hacer algo: $cannot es uno de los mensajes
# *-cannot-* siguientes; $error, las palabras del sistema.
io-error = { $cannot }: { $error }: { $path }
library-cannot-clear-index = no se puede borrar el índice dañado de la biblioteca
library-cannot-create-index = no se puede crear el índice de la biblioteca
library-cannot-write-cache = no se puede escribir la caché de la biblioteca
library-cannot-save-folders = no se puede guardar la lista de carpetas de la biblioteca
library-cannot-create-folder = no se puede crear la carpeta de la biblioteca
library-cannot-lock-folders = no se puede bloquear la lista de carpetas de la biblioteca
library-error-index = el índice de la biblioteca falló ({ $error }): { $path }
library-error-busy = otra instancia de Plenary está actualizando la biblioteca; vuelva a intentarlo cuando termine: { $path }
library-error-not-a-folder = no es una carpeta: { $path }
library-error-unknown-folder = no es una carpeta de la biblioteca: { $path }
library-error-scan-lost = el examen de la biblioteca se detuvo de forma inesperada
library-error-not-in-library = no está en la biblioteca: { $symbol }
library-error-unknown-state = ninguna votación registrada de la biblioteca menciona este Estado: { $state }
library-error-ambiguous-state = podría ser cualquiera de estos: { $states }; escriba una parte mayor del nombre: { $state }
store-cannot-list = no se puede obtener la lista de notas
store-cannot-create-folder = no se puede crear la carpeta de notas
store-cannot-lock = no se pueden bloquear las notas
store-cannot-save = no se pueden guardar las notas
store-cannot-keep-backup = no se puede conservar la copia de seguridad de las notas
store-cannot-read = no se pueden leer las notas
store-cannot-move-aside = no se pueden apartar las notas dañadas
store-cannot-restore = no se pueden restaurar las notas
store-cannot-read-backup = no se puede leer la copia de seguridad de las notas
store-error-newer-version = estas notas se guardaron con una versión más reciente de Plenary (formato { $found }; esta versión admite hasta el { $supported }) y aquí son de solo lectura, por lo que no se modificó nada: { $path }
store-error-no-such-note = no existe la nota { $id } (tal vez se eliminó en otra ventana): { $path }
store-error-encode = no se pueden guardar las notas ({ $error }): { $path }
store-error-import = no se puede importar: { $reason }: { $path }
store-import-not-json = no es JSON ({ $error })
store-import-not-an-export = no es una exportación de notas (se esperaba JSON W3C Web Annotation)
store-import-not-utf8 = no es texto en UTF-8

# Lo que designa una signatura citada, en la ficha de una cita. $kind es resolution, decision o document.
symbol-general-assembly = { $kind ->
    [resolution] Resolución de la Asamblea General
    [decision] Decisión de la Asamblea General
   *[document] Documento de la Asamblea General
}
symbol-general-assembly-record = Acta literal (Asamblea General)
symbol-general-assembly-draft = Proyecto (sesión plenaria de la Asamblea General)
# Una Comisión Principal de la Asamblea General según su $number (0: un número que no tiene).
symbol-committee = { $number ->
    [1] Primera Comisión
    [2] Segunda Comisión
    [3] Tercera Comisión
    [4] Cuarta Comisión
    [5] Quinta Comisión
    [6] Sexta Comisión
   *[other] Comisión Principal
}
symbol-committee-draft = Proyecto ({ $committee })
symbol-committee-summary-record = Acta resumida ({ $committee })
symbol-committee-document = Documento ({ $committee })
symbol-human-rights-council = { $kind ->
    [resolution] Resolución del Consejo de Derechos Humanos
    [decision] Decisión del Consejo de Derechos Humanos
   *[document] Documento del Consejo de Derechos Humanos
}
symbol-human-rights-council-draft = Proyecto (Consejo de Derechos Humanos)
symbol-security-council-resolution = Resolución del Consejo de Seguridad
symbol-presidential-statement = Declaración de la Presidencia del Consejo de Seguridad
symbol-security-council-record = Acta literal (Consejo de Seguridad)
symbol-security-council-document = Documento del Consejo de Seguridad
symbol-economic-and-social-council = { $kind ->
    [resolution] Resolución del Consejo Económico y Social
    [decision] Decisión del Consejo Económico y Social
   *[document] Documento del Consejo Económico y Social
}
symbol-commission-on-human-rights = { $kind ->
    [resolution] Resolución de la Comisión de Derechos Humanos
    [decision] Decisión de la Comisión de Derechos Humanos
   *[document] Documento de la Comisión de Derechos Humanos
}
symbol-commission-draft = Proyecto (comisión del Consejo Económico y Social)
symbol-commission-document = Documento de una comisión del Consejo Económico y Social
symbol-bulletin = Boletín del Secretario General
symbol-administrative-instruction = Instrucción administrativa
symbol-secretariat-document = Documento de la Secretaría
symbol-document = Documento de las Naciones Unidas

# Por qué una comparación es menos detallada que de costumbre, encima de sus filas.
compare-notice-time-limit = La comparación superó su tiempo límite: algunos párrafos modificados se muestran completos, sin los cambios palabra por palabra.
compare-notice-too-large = Los documentos son demasiado grandes para alinear cada párrafo por similitud: algunos párrafos modificados se muestran como eliminados y añadidos.
compare-notice-unrelated = Estos documentos parecen dos textos distintos, no dos versiones de uno mismo: pocos de sus párrafos se corresponden.

# Lo que dicen las notas cuando su archivo se reparó, se apartó o solo se pudo leer en parte. $notes
# es store-notes-on (las notas de un documento, cuyo nombre es $document) o store-notes; $reason es
# uno de los mensajes store-damage-* o lo que dice el lector de JSON, en inglés.
store-notes-on = las notas de { $document }
store-notes = las notas
store-damage-empty = el archivo está vacío
store-damage-not-an-object = no es un objeto JSON
store-damage-no-notes = no contiene ninguna lista de notas
store-warning-lost-notes = { $notes } habían perdido { $count ->
    [one] { $count } nota que su última copia válida aún conservaba
   *[other] { $count } notas que su última copia válida aún conservaba
} (¿se modificó el archivo fuera de Plenary?); esa copia se conserva como { $path }
store-warning-newer-shown = { $notes } se guardaron con una versión más reciente de Plenary (formato { $found }; esta versión admite hasta el { $supported }); aquí se muestran en modo de solo lectura y no se modificarán: { $path }
store-warning-newer-not-shown = { $notes } se guardaron con una versión más reciente de Plenary (formato { $found }; esta versión admite hasta el { $supported }); esta versión no puede mostrarlas y no se modificarán: { $path }
store-warning-not-repaired = { $notes } no se pudieron leer ni reparar ({ $error }); se muestra la última copia válida, si existe: { $path }
store-warning-damaged = { $notes } estaban dañadas ({ $reason }); el archivo dañado se conserva como { $path }
store-warning-restored = { $notes } habían desaparecido y se restauraron a partir de la última copia válida: { $path }
store-warning-backup-damaged = { $notes } habían desaparecido y su última copia está dañada ({ $reason }); esta se conserva como { $path }
store-warning-damaged-restored = { $notes } estaban dañadas ({ $reason }) y se restauraron a partir de la última copia válida (pueden faltar los cambios posteriores); el archivo dañado se conserva como { $path }
store-warning-damaged-no-copy = { $notes } estaban dañadas ({ $reason }) y no hay ninguna copia anterior; el archivo dañado se conserva como { $path }
# $backup: dónde se conserva la última copia dañada; $path: dónde se conserva el archivo dañado.
store-warning-both-damaged = { $notes } estaban dañadas ({ $reason }), al igual que su última copia; ambos archivos se conservan, como { $backup } y { $path }
store-warning-import-skipped = { $count ->
    [one] { $count } elemento no era una anotación con destino y se omitió
   *[other] { $count } elementos no eran anotaciones con destino y se omitieron
}: { $path }

# Por qué no se puede leer un archivo de la biblioteca, en la lista de archivos ilegibles (tras el
# «no se puede leer:» de read-error). $reason es uno de los mensajes read-*.
library-unreadable-line = { $reason } (línea { $line })
library-unreadable-line-column = { $reason } (línea { $line }, columna { $column })
library-unreadable-reader-failed = el lector falló al procesar este archivo (le rogamos que lo notifique)
library-unreadable-not-unicode = su nombre no es Unicode válido
library-unreadable-not-examined = no se puede examinar ({ $reason })
library-unreadable-folder-not-listed = es una carpeta cuyo contenido no se puede enumerar ({ $reason })
library-unreadable-too-deep = es una carpeta anidada a demasiada profundidad (más de { $limit } niveles); no se leyó
library-unreadable-link-loop = es un enlace a una carpeta que lo contiene (un bucle); no se siguió
library-unreadable-link-not-listed = es un enlace a una carpeta cuyo contenido no se puede enumerar ({ $reason })
library-unreadable-link-to-itself = es un enlace que remite a sí mismo (un bucle)
library-unreadable-broken-link = es un enlace roto (aquello a lo que apunta no existe)
library-unreadable-link-not-followed = es un enlace que no se puede seguir ({ $reason })
library-import-no-such-file = no existe el archivo o la carpeta
library-import-not-copied = no se puede copiar ({ $error })
library-import-namesakes = hay demasiados archivos con ese nombre en la biblioteca

# Lo que dice la biblioteca al abrirse: su caché o su índice estaba dañado y se reconstruirá, la
# lista de sus carpetas estaba dañada. $kept: dónde se conserva la lista dañada.
library-warning-cache-damaged = la caché de la biblioteca estaba dañada ({ $reason }); se reconstruirá a partir de los archivos: { $path }
library-warning-index-damaged = el índice de la biblioteca estaba dañado ({ $reason }); se reconstruirá a partir de los archivos: { $path }
library-warning-folders-backup = la lista de carpetas de la biblioteca estaba dañada ({ $error }); se usa su copia de seguridad: { $path }
library-warning-folders-emptied = la lista de carpetas de la biblioteca estaba dañada ({ $error }) y ahora está vacía: { $path }
library-warning-folders-emptied-kept = la lista de carpetas de la biblioteca estaba dañada ({ $error }) y ahora está vacía (la lista anterior se conserva como { $kept }): { $path }
# Por qué se reconstruyó la caché de la biblioteca.
library-rebuilt-other-version = se creó con otra versión de Plenary
library-rebuilt-cache-other-version = la caché de la biblioteca se creó con otra versión de Plenary
library-rebuilt-cache-damaged = la caché de la biblioteca estaba dañada ({ $reason })
library-rebuilt-index-damaged = el índice de la biblioteca estaba dañado ({ $reason })
library-rebuilt-cache-mismatch = la caché de la biblioteca no coincidía con su índice
# Qué estaba dañado en la caché o el índice de la biblioteca.
library-damage-facts-unreadable = no se pueden leer sus datos sobre los documentos: { $error }
library-damage-facts-mismatch = sus datos sobre los documentos no corresponden a sus archivos
library-damage-index-files = { $count ->
    [one] { $count } archivo no superó la verificación
   *[other] { $count } archivos no superaron la verificación
}
library-damage-index-unchecked = no se pudieron verificar sus archivos

## El idioma del documento: las fechas, la línea de encabezado del lector y la cita de un párrafo, siempre en el idioma del documento que se lee (sea cual sea el de la interfaz), en las formas que usan los textos de las Naciones Unidas en español

# Una fecha: $day y $year son números; date-month nombra el mes.
date = { $day } de { date-month } de { $year }
# El mes ($month, de 1 a 12) como lo escribe una fecha.
date-month = { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }

# La línea de encabezado del lector: la fecha de aprobación ($date, como la escribe `date`), el
# informe de la comisión sobre cuya base se aprobó la resolución (como lo imprime el documento),
# el proyecto del que procede y la indicación de que es un proyecto.
header-adopted = aprobada el { $date }
header-report = informe { $report }
header-draft-symbol = proyecto { $symbol }
header-draft = proyecto

# Copiar la cita: la forma que pega quien redacta para citar un párrafo.
# Una resolución de la Asamblea General ($number: 75/32, o 75/101 B para una parte de un conjunto).
cite-resolution = resolución { $number }
# Una resolución del Consejo de Seguridad ($number 2532, $year 2020).
cite-council-resolution = resolución { $number } ({ $year })
# La letra de una parte de un conjunto de resoluciones (la B de 75/101 B).
cite-part = { $part }
# La cita: la resolución y luego el lugar ($place: párrafo 3, o sección II, párrafo 3).
cite = { $document }, { $place }
# Lo mismo para un documento designado por su signatura (un proyecto: A/C.3/78/L.41, párrafo 30).
cite-symbol = { $document }, { $place }
# Dos niveles de un lugar, primero el más amplio (sección II, párrafo 3).
cite-within = { $outer }, { $inner }
cite-section = sección { $section }
cite-annex = anexo
cite-annex-numbered = anexo { $annex }
cite-article = artículo { $article }
# Un párrafo de la parte dispositiva o de un anexo; $labels: sus apartados, cada uno como lo escribe cite-label.
cite-paragraph = párrafo { $number }{ $labels }
# Un párrafo de un artículo (anexo III, artículo 8, párrafo 2).
cite-article-paragraph = párrafo { $number }{ $labels }
cite-label = { " " }{ $label })
# Un párrafo del preámbulo; $ordinal es el valor de cite-ordinal (décimo).
cite-preambular = { $ordinal } párrafo del preámbulo{ $labels }
# El ordinal de un párrafo del preámbulo, en masculino y delante del sustantivo (primer, tercer):
# $n es el número; $hundreds, $tens y $units, sus cifras. .part: el número de una sección o de un
# anexo; $roman es ese número tal como lo imprime el documento (II).
cite-ordinal = { $hundreds ->
        [0] { $tens ->
            [0] { $units ->
                [1] primer
                [2] segundo
                [3] tercer
                [4] cuarto
                [5] quinto
                [6] sexto
                [7] séptimo
                [8] octavo
                [9] noveno
               *[other] { $n }.º
            }
            [1] { $units ->
                [0] décimo
                [1] undécimo
                [2] duodécimo
                [3] decimotercer
                [4] decimocuarto
                [5] decimoquinto
                [6] decimosexto
                [7] decimoséptimo
                [8] decimoctavo
               *[9] decimonoveno
            }
           *[other] { $tens ->
                [2] vigésimo
                [3] trigésimo
                [4] cuadragésimo
                [5] quincuagésimo
                [6] sexagésimo
                [7] septuagésimo
                [8] octogésimo
               *[9] nonagésimo
            }{ $units ->
                [0] {""}
                [1] { " " }primer
                [2] { " " }segundo
                [3] { " " }tercer
                [4] { " " }cuarto
                [5] { " " }quinto
                [6] { " " }sexto
                [7] { " " }séptimo
                [8] { " " }octavo
               *[9] { " " }noveno
            }
        }
       *[other] { $n }.º
    }
    .part = { $roman }

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
menu-in-the-library = En la biblioteca
menu-draft = Proyecto { $symbol }
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
tabs-more = Todas las pestañas ({ $count } más)
tabs-more-tip = Todos los documentos abiertos, incluidos los que no caben en la barra de pestañas
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

action-export-pdf = Exportar como PDF…
    .tip = Un dosier para imprimir o llevar a la sesión: el texto con sus notas al lado y, si lo desea, los datos y lo que cambió

action-print = Imprimir…
    .tip = Imprimir un dosier: el texto con sus notas al lado

action-close = Cerrar
    .tip = Cierra este documento

action-quit = Salir
    .tip = Cierra la ventana; los documentos abiertos volverán a aparecer la próxima vez

action-next-document = Documento siguiente
    .tip = Muestra el siguiente documento abierto

action-outline-panel = Esquema
    .tip = Mostrar u ocultar el esquema de los párrafos del documento

action-notes-panel = Notas y marcadores
    .tip = Muestra u oculta el panel de notas y marcadores

action-facts-panel = Votaciones y patrocinadores
    .tip = Muestra u oculta los datos de esta resolución: cómo se aprobó, el voto de cada Estado y sus patrocinadores

action-dark-theme = Tema oscuro
    .tip = Texto claro sobre fondo oscuro

action-high-contrast = Alto contraste
    .tip = Texto blanco sobre negro, enlaces y foco en amarillo, cada control con borde

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
action-next-pane = Panel siguiente
    .tip = Llevar el teclado al panel siguiente: el esquema, el texto, el panel de notas, el panel de datos; en una comparación, las filas y la lista de cambios
action-previous-pane = Panel anterior
    .tip = Llevar el teclado al panel anterior

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
    .tip = Cierra los atajos de teclado o la ficha de una cita; si no los hay, la barra de búsqueda; si tampoco, descarta el texto seleccionado
action-undo-delete = Deshacer la eliminación de la nota
    .tip = Recuperar la última nota eliminada

action-keyboard-shortcuts = Atajos de teclado
    .tip = Muestra todos los atajos de teclado

## Comparación: dos textos uno al lado del otro, el control de cambios de un proyecto en Word, la lectura en paralelo

compare-heading-changes = Comparación de { $old } con { $new }
compare-heading-tracked = Control de cambios de { $document }
compare-heading-parallel = Lectura en paralelo de { $first } y { $second }
compare-comparing = Comparando… { $seconds } s
compare-show = Mostrar:
compare-show-original = Original
compare-show-original-tip = El texto tal como estaba antes de los cambios
compare-show-with-changes = Con cambios
compare-show-with-changes-tip = El texto anterior y el posterior, uno al lado del otro, con los cambios marcados
compare-show-final = Final
compare-show-final-tip = El texto con todos los cambios aceptados
compare-summary = { $added ->
    [one] 1 añadido
   *[other] { $added } añadidos
}, { $deleted ->
    [one] 1 suprimido
   *[other] { $deleted } suprimidos
}, { $changed ->
    [one] 1 modificado
   *[other] { $changed } modificados
}, { $moved ->
    [one] 1 trasladado
   *[other] { $moved } trasladados
}
compare-unchanged = ({ $count } sin cambios)
compare-previous-change = Cambio anterior
compare-previous-change-tip = Cambio anterior (Shift+F7 o P)
compare-next-change = Cambio siguiente
compare-next-change-tip = Cambio siguiente (F7 o N)
compare-hide-unchanged = Ocultar los párrafos sin cambios
compare-fold = … { $count ->
    [one] 1 párrafo sin cambios
   *[other] { $count } párrafos sin cambios
} …
compare-fold-tip = Mostrarlos
compare-column-older = Anterior: { $document }
compare-column-newer = Posterior: { $document }
compare-column-before = Antes de los cambios registrados
compare-column-after = Con los cambios registrados
compare-ignore-punctuation-width = Ignorar el ancho de la puntuación
compare-ignore-punctuation-width-tip = ，y , se consideran el mismo signo
compare-ignore-whitespace = Ignorar los espacios en blanco
compare-export = Exportar
compare-export-html = Página HTML…
compare-export-markdown = Markdown…
compare-export-word = Archivo de Word con control de cambios…
compare-export-word-tip = Una versión con los cambios marcados que se abre en Word y LibreOffice para aceptar o rechazar los cambios uno a uno
compare-changes-by = Autor de los cambios:
compare-changes-by-tip = El autor que Word indica para cada cambio
compare-close = Cerrar
compare-close-tip = Vuelve a la lectura
compare-changes = Cambios
compare-no-differences = No hay diferencias
compare-status-unchanged = sin cambios
compare-status-changed = modificado
compare-status-added = añadido
compare-status-deleted = suprimido
compare-status-moved = trasladado

## A briefing or redline printed as PDF
briefing-bookmarked = Marcador
briefing-added = Añadido
briefing-deleted = Suprimido
briefing-moved-from = Trasladado desde { $paragraph }
briefing-renumbered = Antes { $paragraph }
briefing-title = Dosier (PDF)
briefing-intro = La resolución tal como se imprimió, con los números de párrafo y las notas a pie de página, y lo que elija aquí.
briefing-with-notes = Mis notas y marcadores
    .tip = Cada nota en el margen, junto a su párrafo; los párrafos con marcador, señalados
briefing-no-notes = Este documento aún no tiene notas ni marcadores
briefing-with-facts = Datos: la votación y los patrocinadores
    .tip = Cómo se aprobó, el voto de cada Estado y los patrocinadores, tal como los registra el archivo
briefing-changes-since = Cambios desde:
briefing-changes-none = nada
briefing-no-earlier = Abra una edición anterior en una pestaña, o añada sus carpetas a la biblioteca, para resumir lo que cambió.
briefing-save = Guardar como PDF…
briefing-print = Imprimir
briefing-making = Creando el PDF… { $seconds } s
compare-export-pdf = Versión con cambios en PDF…
    .tip = La comparación en PDF para imprimir: supresiones tachadas, inserciones subrayadas
notice-saved-pdf = PDF guardado: { $path }
notice-printed = Enviado a la impresora: { $path }
notice-print-viewer = No hay ninguna impresora configurada aquí: el PDF está abierto en su visor de PDF, para imprimirlo desde allí ({ $path })
error-save-pdf = no se pudo guardar el PDF ({ $error }): { $path }
error-pdf = no se pudo crear el PDF: { $error }
error-pdf-stopped = el PDF se detuvo antes de terminar
error-print = no se pudo imprimir ({ $error }); el PDF se conserva aquí: { $path }
compare-change-inserted = Insertado por { $author }
compare-change-deleted = Suprimido por { $author }
compare-change-moved-from = Trasladado desde aquí por { $author }
compare-change-moved-to = Trasladado aquí por { $author }
compare-unnamed-author = un autor sin nombre
compare-change-dated = { $change }, { $date }
compare-summary-for-report = Resumen para un informe
compare-copy = Copiar
compare-copy-tip = Copia estas líneas para pegarlas en un informe
compare-digest-heading = Cambios introducidos entre { $old } y { $new }:
compare-digest-added = { $count ->
    [one] 1 párrafo añadido ({ $paragraphs })
   *[other] { $count } párrafos añadidos ({ $paragraphs })
}
compare-digest-deleted = { $count ->
    [one] 1 párrafo suprimido ({ $paragraphs })
   *[other] { $count } párrafos suprimidos ({ $paragraphs })
}
compare-digest-moved = { $count ->
    [one] 1 párrafo trasladado ({ $paragraphs })
   *[other] { $count } párrafos trasladados ({ $paragraphs })
}
compare-digest-changed = { $count ->
    [one] 1 párrafo modificado ({ $paragraphs })
   *[other] { $count } párrafos modificados ({ $paragraphs })
}
compare-digest-stronger = { $paragraph }: { $old } → { $new } (más enérgico)
compare-digest-weaker = { $paragraph }: { $old } → { $new } (menos enérgico)
compare-digest-vote-then-now = Votación: antes, { $then }; ahora, { $now }
compare-digest-vote = Votación: { $now }

## Notas y marcadores: el editor de notas y el panel de notas

notes-editor-edit = Nota sobre { $paragraph }
notes-editor-new = Nueva nota sobre { $paragraph }
notes-read-only = Estas notas se guardaron con una versión más reciente de Plenary y aquí son de solo lectura.
notes-your-note = Su nota
notes-colour = Color
notes-color-yellow = amarillo
notes-color-green = verde
notes-color-blue = azul
notes-color-pink = rosa
notes-color-orange = naranja
notes-color-purple = morado
notes-tags = Etiquetas
notes-tags-hint = mandato, seguimiento
notes-bookmark = Marcador
notes-save = Guardar
notes-cancel = Cancelar
notes-delete = Eliminar
notes-edit = Editar
notes-discard-question = ¿Descartar lo que ha escrito?
notes-discard = Descartar
notes-keep-writing = Seguir escribiendo
notes-filter-hint = Filtrar: palabras, #etiqueta, OP3
notes-this-document = Este documento
notes-none-yet = Aún no hay notas. Pulse B para poner un marcador en un párrafo y N para escribir una nota.
notes-no-match = Ninguna nota coincide con el filtro.
notes-status-attached = vinculada
notes-status-moved = trasladada (antes en { $from }, ahora en { $now })
notes-status-orphaned = desvinculada
notes-orphaned = desvinculada: antes en { $paragraph } “{ $quote }…”
notes-was = (antes en { $paragraph }: “{ $quote }…”)
notes-from = De { $source } ({ $count ->
    [one] 1 nota
   *[other] { $count } notas
})
notes-banner = Sus notas en otra edición o versión lingüística de este texto:
notes-banner-copy = Copiar aquí
notes-banner-show = Mostrar
notes-banner-show-tip = Abrir el panel de notas en estas notas
notes-export = Exportar…
notes-export-markdown = Markdown
notes-export-markdown-tip = Con encabezados, cada nota con un enlace que abre Plenary en su párrafo
notes-export-json = W3C Web Annotation (JSON)
notes-export-json-tip = La forma normalizada de las anotaciones; Plenary puede importarla de nuevo
notes-export-csv = CSV
notes-export-csv-tip = Una fila por nota, para una hoja de cálculo
notes-copy-here = Copiar aquí estas notas
notes-copy-here-tip = Cada nota se asigna al párrafo en el que se encontró el fragmento que cita; las notas desvinculadas conservan ese fragmento
notes-all-bookmarks = Todos los marcadores
notes-no-bookmarks = Aún no hay ninguno
notes-comments = Comentarios de este archivo ({ $count })
notes-copy-comment = Copiar en mis notas
notes-copy-comment-tip = Abre una nota sobre este párrafo con el comentario ya escrito

## Mostrar en la página: la página de un PDF al lado del texto

page-not-drawn = no se pudo generar la página
page-not-drawn-because = no se pudo generar la página: { $error }
region-page = La página tal como se publicó
region-text = Texto
page-previous = ← Anterior
page-previous-tip = La página anterior
page-next = Siguiente →
page-next-tip = La página siguiente
page-zoom-out-tip = Muestra todo el ancho de la página
page-zoom-in-tip = Amplía la página
page-close = Cerrar página
page-close-tip = Cierra la vista de la página
page-number = Página { $page }
page-number-of = Página { $page } de { $pages }
page-marked = { $paragraph } está resaltado en la página tal como se publicó.
page-marked-this-paragraph = Este párrafo está resaltado en la página tal como se publicó.
page-not-here = { $paragraph } no está en esta página.
page-not-here-this-paragraph = Este párrafo no está en esta página.
page-drawing = Generando la página…
page-as-published = Página { $page } de { $file } tal como se publicó

## Ficha de cita: un documento citado que no está disponible

card-paragraph = párrafo { $paragraph }
card-not-among-your-files = no está entre sus archivos
card-not-open = no está abierto ni se encuentra en las carpetas desde las que abrió archivos
card-copy-symbol = Copiar signatura
card-copy-link = Copiar enlace
card-open-online = Abrir en línea →
card-open-online-tip = Abre { $url } en su navegador
card-close = Cerrar
card-search-library = Buscar en la biblioteca
card-search-library-tip = Buscar el documento, y los textos que lo citan, entre sus archivos
card-add-folder = Añadir una carpeta…
card-add-folder-tip = Añadir a la biblioteca una carpeta de resoluciones: un documento citado que esté en ella se abrirá desde allí

## Barra de búsqueda

find-hint = Buscar en el documento
find-no-matches = no hay coincidencias
find-count = { $current } de { $total }
find-previous-tip = Coincidencia anterior (Shift+F3)
find-next-tip = Coincidencia siguiente (F3)
find-close-tip = Cerrar (Esc)

## Esquema: las partes de una resolución

outline-preamble = Preámbulo
outline-operative-part = Parte dispositiva
outline-annex = Anexo
outline-division-preamble = { $division } · { outline-preamble }
outline-division-operative-part = { $division } · { outline-operative-part }

## Lista de atajos de teclado

help-when-keys-act = Las teclas de una sola letra, Escape y Alt con una flecha funcionan cuando ningún campo de texto tiene el foco.
help-mouse-buttons = Los botones Atrás y Adelante del ratón también sirven para retroceder y avanzar.

## Lector: la ventana del documento, sus notas, y las notas y los comentarios al lado del texto

reader-no-document = Abra una resolución con Archivo › Abrir o arrastre un archivo hasta aquí.
reader-footnote = Nota { $marker }
reader-citation-paragraph = { $symbol }, párr. { $paragraph }
reader-more-characters = … ({ $count ->
    [one] no se muestra 1 carácter más
   *[other] no se muestran { $count } caracteres más
}; “Copiar texto” copia el párrafo completo)
reader-bookmark-only = (marcador)
reader-note-was = antes en { $paragraph }
reader-edit-note-tip = Edita esta nota
reader-comment = Comentario · { $author } { $date }
reader-comment-tip = Un comentario del archivo de Word. Haga clic para copiarlo en sus notas.

## Lectores de pantalla: el nombre de cada parte de la vista de lectura

a11y-open-note = Abrir la nota sobre { $paragraph }
a11y-bookmark = Poner un marcador en { $paragraph }
a11y-remove-bookmark = Quitar el marcador de { $paragraph }
a11y-bookmark-this-paragraph = Poner un marcador en este párrafo
a11y-remove-bookmark-this-paragraph = Quitar el marcador de este párrafo
a11y-footnote-marker = nota { $marker }
a11y-footnote = Nota { $marker }: { $text }
a11y-back-to-text = volver a la llamada de la nota { $marker } en el texto
a11y-note = Nota sobre { $paragraph }: { $text }
a11y-edit-note = Editar la nota sobre { $paragraph }
a11y-delete-note = Eliminar la nota sobre { $paragraph }
a11y-deleted = [suprimido: { $text }]
a11y-inserted = [insertado: { $text }]
a11y-comment = Comentario de { $author } sobre { $paragraph }: { $text }

## Avisos: lo que dice la ventana cuando se ha hecho algo

notice-scan-cancelled = Se canceló el examen de la biblioteca.
notice-library-folder-not-available = Una carpeta de la biblioteca no está disponible en este momento; sus documentos siguen en la lista: { $path }
notice-library-up-to-date = Biblioteca actualizada: { $files ->
    [one] 1 archivo
   *[other] { $files } archivos
}, { $read ->
    [one] 1 leído
   *[other] { $read } leídos
}, { $unchanged } sin cambios
notice-library-up-to-date-unreadable = Biblioteca actualizada: { $files ->
    [one] 1 archivo
   *[other] { $files } archivos
}, { $read ->
    [one] 1 leído
   *[other] { $read } leídos
}, { $unchanged } sin cambios, { $unreadable ->
    [one] 1 ilegible (figura en la lista de la biblioteca)
   *[other] { $unreadable } ilegibles (figuran en la lista de la biblioteca)
}
notice-imported = { $copied ->
    [one] Se importó 1 archivo
   *[other] Se importaron { $copied } archivos
} a la biblioteca ({ $already ->
    [one] 1 ya estaba en ella
   *[other] { $already } ya estaban en ella
}).
notice-copied-notes = { $count ->
    [one] Se copió 1 nota
   *[other] Se copiaron { $count } notas
} de { $source }.
notice-place-on-page-unknown = Se desconoce la ubicación de este párrafo en su página.
notice-no-pages = “Mostrar en la página” solo funciona con documentos abiertos desde un PDF, y este no tiene páginas.
notice-note-deleted = Nota eliminada.
notice-saved-comparison = Se guardó la comparación: { $path }
notice-saved-redline = Se guardó la comparación como archivo de Word con control de cambios: { $path }
notice-saved-votes = Se guardaron los votos: { $path }
notice-opened-in-other-language = { $symbol } se abrió en { $found }: su biblioteca no tiene la versión en { $wanted }.
notice-opened-in-unknown-language = { $symbol } se abrió en otro idioma: su biblioteca no tiene la versión en { $wanted }.
notice-opened-in-other-language-no-version = { $symbol } se abrió en { $found }: su biblioteca no tiene ninguna versión en este idioma.
notice-opened-in-unknown-language-no-version = { $symbol } se abrió en otro idioma: su biblioteca no tiene ninguna versión en este idioma.

## Errores: lo que no se pudo hacer, y por qué

error-session-unreadable = no se pudo leer la sesión anterior ({ $error }): { $path }
error-session-damaged = no se pudo restaurar la sesión anterior ({ $error }): { $path }
error-session-damaged-kept = no se pudo restaurar la sesión anterior ({ $error }); se conservó como { $kept }: { $path }
error-save-session = no se pudo guardar la sesión: { $error }
error-library-not-opened = no se pudo abrir la biblioteca: { $error }
error-library-folder-missing = falta una carpeta de la biblioteca: { $path }
error-library-scan-failed = el examen de la biblioteca falló: { $error }
error-query-stopped = la consulta se detuvo de forma inesperada
error-undo-document-closed = El documento de la nota eliminada ya no está abierto; ábralo para deshacer.
error-bookmark-source-unknown = no se puede abrir { $document }: no se sabe desde dónde se abrió
error-save-comparison = no se pudo guardar la comparación ({ $error }): { $path }
error-write-word = no se pudo escribir el archivo de Word ({ $error })
error-save-word = no se pudo guardar el archivo de Word ({ $error }): { $path }
error-save-votes = no se pudieron guardar los votos ({ $error }): { $path }
error-no-paragraph = no hay ningún párrafo { $paragraph } en { $document }

## Cuadros de diálogo de archivos: los tipos de archivo que se ofrecen

dialog-resolutions = Resoluciones
dialog-all-files = Todos los archivos

## Biblioteca: un documento sin signatura

library-no-symbol = (sin signatura)
error-link = No se puede abrir este enlace ({ $reason }): { $link }
error-link-not-found = Ni el archivo ni la biblioteca tienen { $document }: añada su carpeta a la biblioteca.
notice-saved-notes = Se guardaron las notas: { $path }
error-save-notes = no se pudieron guardar las notas ({ $error }): { $path }
prompt-title-open = Abrir un archivo
prompt-title-compare = Comparar con un archivo
prompt-title-folder = Añadir una carpeta a la biblioteca
prompt-title-import = Importar archivos a la biblioteca
prompt-no-dialog = No se puede mostrar ningún cuadro de diálogo de archivos en este escritorio (ni portal de escritorio ni zenity). Escriba la ruta:
prompt-hint-file = /home/usted/Documentos/A_RES_75_32.xml
prompt-hint-folder = /home/usted/Documentos/resoluciones
prompt-no-such-file = No hay nada legible en esta ruta: escriba la ruta completa de un archivo.
prompt-no-such-folder = No hay ninguna carpeta en esta ruta.
prompt-go = Aceptar
prompt-cancel = Cancelar
reader-ibid = Ibid.: nota { $marker }, “{ $text }”

# L’interface de Plenary en français. La référence est en.ftl (anglais), qui sert aussi de
# secours pour tout message absent de cette traduction. Chaque message s’écrit `clé = texte` ;
# les lignes `.tip` sont des infobulles. Seul le texte après `=` se traduit ; les `{ $variables }`
# restent telles quelles. Les formes du pluriel se choisissent avec
# `{ $count -> [one] … *[other] … }` (catégories CLDR du français : 0 et 1 sont « one »).

language-name = Français
language-direction = ltr

## Ce que dit le cœur du programme : pourquoi un fichier ne peut pas être lu, les avertissements d’un document, pourquoi la bibliothèque ou les notes ont échoué, ce que désigne une cote citée, pourquoi une comparaison est moins fine que d’habitude. La ligne de commande les affiche en anglais ; la fenêtre, dans sa langue. Les valeurs telles que $path, $error (les mots du système) et $symbol s’affichent telles quelles

# Pourquoi un fichier ne peut pas être lu : $reason est l’un des messages read-* ci-dessous ;
# $line et $column indiquent l’endroit dans le fichier, s’il est connu ; le chemin vient en dernier.
read-error = lecture impossible : { $reason } : { $path }
read-error-line = lecture impossible : { $reason } (ligne { $line }) : { $path }
read-error-line-column = lecture impossible : { $reason } (ligne { $line }, colonne { $column }) : { $path }
read-no-such-file = fichier introuvable
read-permission-denied = autorisation refusée
read-folder = c’est un dossier, pas un fichier
read-not-regular-file = ce n’est pas un fichier ordinaire
read-named-pipe = ce n’est pas un fichier ordinaire (c’est un tube nommé)
read-device = ce n’est pas un fichier ordinaire (c’est un périphérique)
read-socket = ce n’est pas un fichier ordinaire (c’est un socket)
read-too-large-mb = le fichier est trop volumineux ({ $size } Mo ou plus ; la limite est de { $limit } Mo)
read-too-large = le fichier est trop volumineux pour être une résolution
read-binary-as-text = c’est un fichier PDF ou Word dont le contenu a été lu comme du texte
read-not-a-resolution = ce n’est pas une résolution : le fichier doit être en XML Akoma Ntoso, en PDF ou un export texte d’un document de l’ONU
read-empty = le fichier est vide
read-binary = c’est un fichier binaire, pas du texte
read-not-utf8 = le fichier n’est pas en UTF-8 (octet non valide à la position { $offset }) ; enregistrez-le en UTF-8 ou en UTF-16 avec indicateur d’ordre des octets
read-utf16-odd = le fichier n’est pas en UTF-16 valide (nombre impair d’octets)
read-utf16-surrogate = le fichier n’est pas en UTF-16 valide (demi-codet d’indirection non apparié)
read-no-paragraphs-after-formula = aucun paragraphe ne suit la formule introductive « { $formula } »
read-no-paragraphs = le fichier ne contient aucun paragraphe de résolution
read-not-like-a-resolution = le fichier ne se présente pas comme une résolution : ni formule introductive, ni titre, ni paragraphes numérotés
read-xml-not-akoma-ntoso = c’est du XML, mais pas de l’Akoma Ntoso (son élément racine est <{ $element }>)
read-akoma-ntoso-no-resolution = c’est de l’Akoma Ntoso, mais le fichier ne contient aucune résolution (ni élément statement ni autre document)
read-akoma-ntoso-no-text = c’est de l’Akoma Ntoso, mais le fichier ne contient aucun texte de résolution (ni préambule ni dispositif)
read-parameter-entities = son DOCTYPE déclare des entités paramètres, qui ne sont pas prises en charge
read-external-entities = son DOCTYPE déclare des entités externes, qui ne sont jamais récupérées
read-nested-entities = le fichier déclare des entités qui se développent en d’autres entités, ce qui n’est pas pris en charge
read-entities-too-large = le fichier déclare des entités dont le développement dépasserait 8 Mo
read-too-many-nodes = le fichier est trop volumineux pour être une résolution (plus de { $limit } nœuds XML)
read-malformed-xml = le XML est mal formé : { $error }
read-word-part-too-large = c’est un fichier Word dont la partie { $part }, une fois décompressée, dépasse la taille de toute résolution
read-word-part-not-utf8 = c’est un fichier Word dont la partie { $part } n’est pas en UTF-8
read-word-damaged = c’est un fichier Word qui n’a pas pu être décompressé ({ $error })
read-word-part-malformed = c’est un fichier Word dont la partie { $part } est mal formée : { $error }
read-word-no-text = c’est un fichier Word privé de son texte (word/document.xml)
read-word-no-body = c’est un fichier Word sans corps de texte
read-pdf-damaged = c’est un PDF illisible (son contenu est endommagé)
read-pdf-too-large = c’est un PDF qui compte plus de pages ou de texte que n’importe quelle résolution
read-pdf-not-opened = c’est un PDF qui n’a pas pu être ouvert ({ $error })
read-pdf-scanned = c’est un PDF numérisé qui ne contient aucun texte (seulement des images de pages) : Plenary lit les PDF qui contiennent leur texte
read-pdf-no-text = c’est un PDF qui ne contient aucun texte
read-pdf-unknown-letters = c’est un PDF dont les polices n’indiquent pas quelles lettres elles dessinent : son texte ne peut pas être lu
read-pdf-page-not-drawn = c’est un PDF dont la page n’a pas pu être affichée
read-pdf-no-such-page = { $count ->
    [one] le fichier compte { $count } page
   *[other] le fichier compte { $count } pages
} : il n’y a pas de page { $page }

# Un avertissement sur un document : ce que le lecteur a dû corriger. $line : la ligne du fichier.
warning-at-line = ligne { $line } : { $warning }
warning-text-before-formula = le texte qui précède la formule introductive ne fait pas partie d’une page de couverture : « { $text } »
warning-number-restored = le paragraphe { $number } n’a pas de numéro ; il est lu à partir de l’endroit où commence son texte
warning-operative-unnumbered = le paragraphe { $number } du dispositif n’a pas de numéro ; il est lu d’après sa place, après le paragraphe { $previous }
warning-operative-no-text = le paragraphe { $number } du dispositif n’a pas de texte
# $label : l’alinéa tel qu’il est imprimé, (c) ; $position : son rang dans sa liste ; $paragraph : le paragraphe dont il relève (OP3).
warning-subparagraph-gap = numérotation discontinue : l’alinéa { $label } occupe le rang { $position } sous { $paragraph }
warning-marker-without-footnote = l’appel de note { $marker } ne renvoie à aucune note de bas de page
warning-footnote-unreferenced = la note de bas de page { $marker } n’est jamais appelée
warning-operative-gap = numérotation discontinue : le paragraphe { $number } du dispositif suit le paragraphe { $previous }
warning-annex-gap = numérotation discontinue : le paragraphe { $number } de l’annexe suit le paragraphe { $previous }
warning-misprinted-number = le paragraphe { $number } porte le numéro « { $printed }. » ; il est lu comme le paragraphe { $number }
warning-operative-skipped = le paragraphe { $number } du dispositif suit le paragraphe { $previous }
warning-operative-start = les paragraphes du dispositif commencent au numéro { $number }
warning-restart-without-heading = la numérotation recommence à 1 sans titre de section qui permette de distinguer les paragraphes
warning-annex-numbered-by-word = les numéros des paragraphes de l’annexe ne figurent pas dans ce fichier (Word les a numérotés) ; { $count ->
    [one] son paragraphe est numéroté 1, comme à l’impression
   *[other] ses { $count } paragraphes sont numérotés de 1 à { $count }, comme à l’impression
}
warning-section-numbered-by-word = les numéros des paragraphes d’une section ne figurent pas dans ce fichier (Word les a numérotés) ; { $count ->
    [one] son paragraphe est numéroté 1, comme à l’impression
   *[other] ses { $count } paragraphes sont numérotés de 1 à { $count }, comme à l’impression
}
warning-subparagraph-first = l’alinéa { $label } précède tout paragraphe numéroté ; il est lu comme un paragraphe du dispositif
warning-id-taken = l’identifiant de paragraphe { $id } était déjà pris ; celui-ci devient { $new }
warning-sections-too-deep = sections imbriquées trop profondément ; les plus internes ont été ignorées
warning-lists-too-deep = listes imbriquées trop profondément ; les plus internes ont été ignorées
warning-annex-heading-outside = un titre d’annexe se trouve en dehors de toute annexe
warning-number-after-links = le numéro du paragraphe { $number } est imprimé après des liens qui appartiennent à son texte
warning-elements-too-deep = éléments imbriqués trop profondément ; le texte le plus interne a été ignoré
warning-footnote-in-footnote = une note de bas de page placée dans une autre note a été ignorée
warning-footnote-without-marker = une note de bas de page n’a pas d’appel de note ; elle est numérotée d’après sa position
warning-footnote-no-text = la note de bas de page { $marker } n’a pas de texte
warning-marker-without-text = l’appel de note { $marker } n’a pas de texte de note dans le fichier
warning-unknown-element-kept = élément inconnu <{ $element }> lu comme du texte simple
warning-unknown-element-skipped = élément inconnu <{ $element }> ignoré
warning-no-paragraphs = le préambule et le dispositif ne contiennent aucun paragraphe
warning-cover-symbol = la page de couverture indique { $cover }, mais il s’agit du document { $symbol } (d’après son numéro et son identification) ; il est lu comme { $symbol }
warning-tracked-changes = le fichier contient { $count ->
    [one] { $count } modification suivie
   *[other] { $count } modifications suivies
} : son texte est lu avec toutes les modifications acceptées
warning-nested-too-deep = une partie du contenu du fichier est imbriquée trop profondément pour être lue
warning-pdf-ocr = ce PDF est une page numérisée dont le texte a été reconnu par OCR : des mots peuvent être mal lus (« { action-show-on-page } » affiche l’image numérisée)
warning-pdf-letters-repaired = { $count ->
    [one] { $count } lettre a été lue
   *[other] { $count } lettres ont été lues
} dans la police incorporée : la table des lettres propre au PDF (ToUnicode) est erronée pour celles-ci

# Pourquoi la bibliothèque ou les notes n’ont pas pu faire quelque chose : $cannot est l’un des
# messages *-cannot-* ci-dessous, $error les mots du système.
io-error = { $cannot } : { $error } : { $path }
library-cannot-clear-index = impossible d’effacer l’index endommagé de la bibliothèque
library-cannot-create-index = impossible de créer l’index de la bibliothèque
library-cannot-write-cache = impossible d’écrire le cache de la bibliothèque
library-cannot-save-folders = impossible d’enregistrer la liste des dossiers de la bibliothèque
library-cannot-create-folder = impossible de créer le dossier de la bibliothèque
library-cannot-lock-folders = impossible de verrouiller la liste des dossiers de la bibliothèque
library-error-index = l’index de la bibliothèque a échoué ({ $error }) : { $path }
library-error-busy = une autre instance de Plenary est en train de mettre à jour la bibliothèque ; réessayez lorsqu’elle aura terminé : { $path }
library-error-not-a-folder = ce n’est pas un dossier : { $path }
library-error-unknown-folder = ce n’est pas un dossier de la bibliothèque : { $path }
library-error-scan-lost = l’analyse de la bibliothèque s’est arrêtée de manière inattendue
library-error-not-in-library = absent de la bibliothèque : { $symbol }
library-error-unknown-state = aucun vote enregistré dans la bibliothèque ne mentionne cet État : { $state }
library-error-ambiguous-state = il peut s’agir de l’un des États suivants : { $states } ; précisez le nom : { $state }
store-cannot-list = impossible de dresser la liste des notes
store-cannot-create-folder = impossible de créer le dossier des notes
store-cannot-lock = impossible de verrouiller les notes
store-cannot-save = impossible d’enregistrer les notes
store-cannot-keep-backup = impossible de conserver la copie de sauvegarde des notes
store-cannot-read = impossible de lire les notes
store-cannot-move-aside = impossible de mettre de côté les notes endommagées
store-cannot-restore = impossible de restaurer les notes
store-cannot-read-backup = impossible de lire la copie de sauvegarde des notes
store-error-newer-version = ces notes ont été enregistrées par une version plus récente de Plenary (format { $found } ; cette version connaît les formats jusqu’au { $supported }) et sont ici en lecture seule ; rien n’a donc été modifié : { $path }
store-error-no-such-note = la note { $id } n’existe pas (elle a peut-être été supprimée dans une autre fenêtre) : { $path }
store-error-encode = impossible d’enregistrer les notes ({ $error }) : { $path }
store-error-import = importation impossible : { $reason } : { $path }
store-import-not-json = ce n’est pas du JSON ({ $error })
store-import-not-an-export = ce n’est pas un export de notes (format attendu : JSON W3C Web Annotation)
store-import-not-utf8 = ce n’est pas du texte en UTF-8

# Ce que désigne une cote citée, sur la fiche d’une citation. $kind vaut resolution, decision ou document.
symbol-general-assembly = { $kind ->
    [resolution] Résolution de l’Assemblée générale
    [decision] Décision de l’Assemblée générale
   *[document] Document de l’Assemblée générale
}
symbol-general-assembly-record = Procès-verbal (Assemblée générale)
symbol-general-assembly-draft = Projet (Assemblée générale, séance plénière)
# Une grande commission de l’Assemblée générale, d’après son $number (0 : un numéro qu’elle n’a pas).
symbol-committee = { $number ->
    [1] Première Commission
    [2] Deuxième Commission
    [3] Troisième Commission
    [4] Quatrième Commission
    [5] Cinquième Commission
    [6] Sixième Commission
   *[other] Grande Commission
}
symbol-committee-draft = Projet ({ $committee })
symbol-committee-summary-record = Compte rendu analytique ({ $committee })
symbol-committee-document = Document ({ $committee })
symbol-human-rights-council = { $kind ->
    [resolution] Résolution du Conseil des droits de l’homme
    [decision] Décision du Conseil des droits de l’homme
   *[document] Document du Conseil des droits de l’homme
}
symbol-human-rights-council-draft = Projet (Conseil des droits de l’homme)
symbol-security-council-resolution = Résolution du Conseil de sécurité
symbol-presidential-statement = Déclaration du Président du Conseil de sécurité
symbol-security-council-record = Procès-verbal (Conseil de sécurité)
symbol-security-council-document = Document du Conseil de sécurité
symbol-economic-and-social-council = { $kind ->
    [resolution] Résolution du Conseil économique et social
    [decision] Décision du Conseil économique et social
   *[document] Document du Conseil économique et social
}
symbol-commission-on-human-rights = { $kind ->
    [resolution] Résolution de la Commission des droits de l’homme
    [decision] Décision de la Commission des droits de l’homme
   *[document] Document de la Commission des droits de l’homme
}
symbol-commission-draft = Projet (commission du Conseil économique et social)
symbol-commission-document = Document d’une commission du Conseil économique et social
symbol-bulletin = Circulaire du Secrétaire général
symbol-administrative-instruction = Instruction administrative
symbol-secretariat-document = Document du Secrétariat
symbol-document = Document de l’Organisation des Nations Unies

# Pourquoi une comparaison est moins fine que d’habitude, au-dessus de ses lignes.
compare-notice-time-limit = La comparaison a dépassé le temps imparti : certains paragraphes modifiés sont affichés en entier, sans le détail des modifications mot à mot.
compare-notice-too-large = Les documents sont trop volumineux pour aligner chaque paragraphe selon sa similarité : certains paragraphes modifiés sont présentés comme supprimés puis ajoutés.
compare-notice-unrelated = Ces documents semblent être deux textes différents, et non deux versions d’un même texte : peu de leurs paragraphes se correspondent.

# Ce que disent les notes lorsque leur fichier a été réparé, mis de côté ou lu en partie. $notes
# vaut store-notes-on (les notes d’un document, $document étant son nom) ou store-notes ;
# $reason est l’un des messages store-damage-* ou ce que dit le lecteur JSON, en anglais.
store-notes-on = les notes de { $document }
store-notes = les notes
store-damage-empty = le fichier est vide
store-damage-not-an-object = ce n’est pas un objet JSON
store-damage-no-notes = le fichier ne contient aucune liste de notes
store-warning-lost-notes = { $notes } avaient perdu { $count ->
    [one] { $count } note que leur dernière copie valide contenait encore
   *[other] { $count } notes que leur dernière copie valide contenait encore
} (le fichier a-t-il été modifié en dehors de Plenary ?) ; cette copie est conservée sous { $path }
store-warning-newer-shown = { $notes } ont été enregistrées par une version plus récente de Plenary (format { $found } ; cette version connaît les formats jusqu’au { $supported }) ; elles sont affichées ici en lecture seule et ne seront pas modifiées : { $path }
store-warning-newer-not-shown = { $notes } ont été enregistrées par une version plus récente de Plenary (format { $found } ; cette version connaît les formats jusqu’au { $supported }) ; cette version ne peut pas les afficher et elles ne seront pas modifiées : { $path }
store-warning-not-repaired = { $notes } n’ont pu être ni lues ni réparées ({ $error }) ; la dernière copie valide est affichée, s’il en existe une : { $path }
store-warning-damaged = { $notes } étaient endommagées ({ $reason }) ; le fichier endommagé est conservé sous { $path }
store-warning-restored = { $notes } avaient disparu et ont été restaurées à partir de la dernière copie valide : { $path }
store-warning-backup-damaged = { $notes } avaient disparu et leur dernière copie est endommagée ({ $reason }) ; celle-ci est conservée sous { $path }
store-warning-damaged-restored = { $notes } étaient endommagées ({ $reason }) et ont été restaurées à partir de la dernière copie valide (les modifications apportées depuis peuvent manquer) ; le fichier endommagé est conservé sous { $path }
store-warning-damaged-no-copy = { $notes } étaient endommagées ({ $reason }) et il n’en existe aucune copie antérieure ; le fichier endommagé est conservé sous { $path }
# $backup : où est conservée la dernière copie endommagée ; $path : où est conservé le fichier endommagé.
store-warning-both-damaged = { $notes } étaient endommagées ({ $reason }), de même que leur dernière copie ; les deux fichiers sont conservés, sous { $backup } et { $path }
store-warning-import-skipped = { $count ->
    [one] { $count } élément n’était pas une annotation dotée d’une cible et a été ignoré
   *[other] { $count } éléments n’étaient pas des annotations dotées d’une cible et ont été ignorés
} : { $path }

# Pourquoi un fichier de la bibliothèque ne peut pas être lu, dans la liste des fichiers
# illisibles (après le « lecture impossible : » de read-error). $reason est l’un des messages read-*.
library-unreadable-line = { $reason } (ligne { $line })
library-unreadable-line-column = { $reason } (ligne { $line }, colonne { $column })
library-unreadable-reader-failed = le module de lecture a échoué sur ce fichier (merci de signaler ce fichier)
library-unreadable-not-unicode = son nom n’est pas en Unicode valide
library-unreadable-not-examined = impossible de l’examiner ({ $reason })
library-unreadable-folder-not-listed = c’est un dossier dont le contenu ne peut pas être listé ({ $reason })
library-unreadable-too-deep = c’est un dossier trop profondément imbriqué (plus de { $limit } niveaux) ; il n’a pas été lu
library-unreadable-link-loop = c’est un lien vers un dossier qui le contient (une boucle) ; il n’a pas été suivi
library-unreadable-link-not-listed = c’est un lien vers un dossier dont le contenu ne peut pas être listé ({ $reason })
library-unreadable-link-to-itself = c’est un lien qui renvoie à lui-même (une boucle)
library-unreadable-broken-link = c’est un lien rompu (sa cible n’existe pas)
library-unreadable-link-not-followed = c’est un lien qui ne peut pas être suivi ({ $reason })
library-import-no-such-file = fichier ou dossier introuvable
library-import-not-copied = impossible de le copier ({ $error })
library-import-namesakes = la bibliothèque contient trop de fichiers portant ce nom

# Ce que dit la bibliothèque à son ouverture : son cache ou son index était endommagé et sera
# reconstruit, la liste de ses dossiers était endommagée. $kept : où la liste endommagée est conservée.
library-warning-cache-damaged = le cache de la bibliothèque était endommagé ({ $reason }) ; il sera reconstruit à partir des fichiers : { $path }
library-warning-index-damaged = l’index de la bibliothèque était endommagé ({ $reason }) ; il sera reconstruit à partir des fichiers : { $path }
library-warning-folders-backup = la liste des dossiers de la bibliothèque était endommagée ({ $error }) ; sa copie de sauvegarde est utilisée : { $path }
library-warning-folders-emptied = la liste des dossiers de la bibliothèque était endommagée ({ $error }) et elle est désormais vide : { $path }
library-warning-folders-emptied-kept = la liste des dossiers de la bibliothèque était endommagée ({ $error }) et elle est désormais vide (l’ancienne liste est conservée sous { $kept }) : { $path }
# Pourquoi le cache de la bibliothèque a été reconstruit.
library-rebuilt-other-version = il a été créé par une autre version de Plenary
library-rebuilt-cache-other-version = le cache de la bibliothèque a été créé par une autre version de Plenary
library-rebuilt-cache-damaged = le cache de la bibliothèque était endommagé ({ $reason })
library-rebuilt-index-damaged = l’index de la bibliothèque était endommagé ({ $reason })
library-rebuilt-cache-mismatch = le cache de la bibliothèque ne correspondait pas à son index
# Ce qui était endommagé dans le cache ou l’index de la bibliothèque.
library-damage-facts-unreadable = ses informations sur les documents ne peuvent pas être lues : { $error }
library-damage-facts-mismatch = ses informations sur les documents ne correspondent pas à ses fichiers
library-damage-index-files = { $count ->
    [one] { $count } fichier n’a pas passé la vérification
   *[other] { $count } fichiers n’ont pas passé la vérification
}
library-damage-index-unchecked = ses fichiers n’ont pas pu être vérifiés

## La langue du document : les dates, la ligne d’en-tête du lecteur et la citation d’un paragraphe, toujours dans la langue du document lu (quelle que soit celle de l’interface), sous les formes qu’emploient les textes de l’ONU en français

# Une date : $day et $year sont des nombres ; date-month nomme le mois. Le premier jour du
# mois s’écrit « 1er » (« 1er décembre 2020 »).
date = { $day ->
        [1] 1er
       *[other] { $day }
    } { date-month } { $year }
# Le mois ($month, de 1 à 12) tel qu’une date l’écrit.
date-month = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }

# La ligne d’en-tête du lecteur : la date d’adoption ($date, telle que `date` l’écrit), le
# rapport de la commission sur la base duquel la résolution a été adoptée (tel que le document
# l’imprime), le projet dont elle est issue, et la mention d’un projet.
header-adopted = adoptée le { $date }
header-report = rapport { $report }
header-draft-symbol = projet { $symbol }
header-draft = projet

# Copier la citation : la forme qu’un rédacteur colle pour citer un paragraphe.
# Une résolution de l’Assemblée générale ($number : 75/32, ou 75/101 B pour une partie d’un ensemble).
cite-resolution = résolution { $number }
# Une résolution du Conseil de sécurité ($number 2532, $year 2020).
cite-council-resolution = résolution { $number } ({ $year })
# La lettre d’une partie d’un ensemble de résolutions (le B de 75/101 B).
cite-part = { $part }
# La citation : la résolution, puis l’endroit ($place : paragraphe 3, ou section II, paragraphe 3).
cite = { $document }, { $place }
# De même pour un document désigné par sa cote (un projet : A/C.3/78/L.41, paragraphe 30).
cite-symbol = { $document }, { $place }
# Deux niveaux d’un endroit, le plus large d’abord (section II, paragraphe 3).
cite-within = { $outer }, { $inner }
cite-section = section { $section }
cite-annex = annexe
cite-annex-numbered = annexe { $annex }
cite-article = article { $article }
# Un paragraphe du dispositif ou d’une annexe ; $labels : ses alinéas, chacun écrit par cite-label.
cite-paragraph = paragraphe { $number }{ $labels }
# Un paragraphe d’un article (annexe III, article 8, paragraphe 2).
cite-article-paragraph = paragraphe { $number }{ $labels }
cite-label = { " " }{ $label })
# Un alinéa du préambule ; $ordinal est la valeur de cite-ordinal (dixième).
cite-preambular = { $ordinal } alinéa du préambule{ $labels }
# Le rang d’un alinéa du préambule, au masculin : $n est le nombre, $hundreds, $tens et $units
# ses chiffres. .part : le numéro d’une section ou d’une annexe ; $roman est ce numéro tel que
# le document l’imprime (II).
cite-ordinal = { $hundreds ->
        [0] { $tens ->
            [0] { $units ->
                [1] premier
                [2] deuxième
                [3] troisième
                [4] quatrième
                [5] cinquième
                [6] sixième
                [7] septième
                [8] huitième
                [9] neuvième
               *[other] { $n }e
            }
            [1] { $units ->
                [0] dixième
                [1] onzième
                [2] douzième
                [3] treizième
                [4] quatorzième
                [5] quinzième
                [6] seizième
                [7] dix-septième
                [8] dix-huitième
               *[9] dix-neuvième
            }
            [7] { $units ->
                [0] soixante-dixième
                [1] soixante et onzième
                [2] soixante-douzième
                [3] soixante-treizième
                [4] soixante-quatorzième
                [5] soixante-quinzième
                [6] soixante-seizième
                [7] soixante-dix-septième
                [8] soixante-dix-huitième
               *[9] soixante-dix-neuvième
            }
            [9] { $units ->
                [0] quatre-vingt-dixième
                [1] quatre-vingt-onzième
                [2] quatre-vingt-douzième
                [3] quatre-vingt-treizième
                [4] quatre-vingt-quatorzième
                [5] quatre-vingt-quinzième
                [6] quatre-vingt-seizième
                [7] quatre-vingt-dix-septième
                [8] quatre-vingt-dix-huitième
               *[9] quatre-vingt-dix-neuvième
            }
           *[other] { $units ->
                [0] { $tens ->
                    [2] vingtième
                    [3] trentième
                    [4] quarantième
                    [5] cinquantième
                    [6] soixantième
                   *[8] quatre-vingtième
                }
               *[other] { $tens ->
                    [2] vingt
                    [3] trente
                    [4] quarante
                    [5] cinquante
                    [6] soixante
                   *[8] quatre-vingt
                }{ $units ->
                    [1] { $tens ->
                        [8] -unième
                       *[other] { " " }et unième
                    }
                    [2] -deuxième
                    [3] -troisième
                    [4] -quatrième
                    [5] -cinquième
                    [6] -sixième
                    [7] -septième
                    [8] -huitième
                   *[9] -neuvième
                }
            }
        }
       *[other] { $n }e
    }
    .part = { $roman }

## Menus

menu-file = Fichier
menu-view = Affichage
menu-library = Bibliothèque
menu-find = Rechercher
menu-help = Aide
menu-open-recent = Documents récents
menu-show-beside = Afficher à côté
menu-compare-with = Comparer avec
menu-read-in-parallel = Lire en parallèle avec
menu-in-the-library = Dans la bibliothèque
menu-draft = Projet { $symbol }
menu-language = Langue
nothing-yet = Rien pour l’instant
open-second-first = Ouvrez d’abord un second document
open-other-language-first = Ouvrez d’abord une autre version linguistique

## Aide-mémoire des raccourcis : les groupes d’actions, et « J ou Alt+Down »

group-file = Fichier
group-view = Affichage et navigation
group-library = Bibliothèque
group-find = Recherche
group-paragraph = Paragraphe en cours de lecture
group-help = Aide
keys-or = ou

## Onglets, historique, messages

back-nothing = Retour : aucun emplacement précédent pour l’instant
tab-beside = { $title } (à côté)
tab-show-beside = Afficher à côté du document actuel
tabs-more = Tous les onglets ({ $count } de plus)
tabs-more-tip = Tous les documents ouverts, y compris ceux pour lesquels la barre d’onglets manque de place
undo = Annuler
remove-bookmark = Supprimer le signet
ok = OK
dismiss = Ignorer
cannot-open = Impossible d’ouvrir

## Barre d’état

status-scanning = Analyse de la bibliothèque…
status-no-document = Aucun document
format-text = export texte
status-paragraphs = { $preambular ->
    [one] { $preambular } alinéa du préambule
   *[other] { $preambular } alinéas du préambule
}, { $operative ->
    [one] { $operative } paragraphe du dispositif
   *[other] { $operative } paragraphes du dispositif
}
status-annex = { $count ->
    [one] { $count } paragraphe d’annexe
   *[other] { $count } paragraphes d’annexe
}
status-footnotes = { $count ->
    [one] { $count } note de bas de page
   *[other] { $count } notes de bas de page
}
status-citations = { $count ->
    [one] { $count } référence
   *[other] { $count } références
}
status-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}

## Bibliothèque, votes par État Membre, points de l’ordre du jour

library-all-languages = Toutes les langues
library-the-library-could-not-be = Impossible d’ouvrir la bibliothèque ; voir le message ci-dessus.
library-library = Bibliothèque
library-back-to-reading = Revenir à la lecture
library-cancel = Annuler
library-search-the-library-words-a = Rechercher dans la bibliothèque : des mots, « une expression » ou une cote (75/32)
library-operative-paragraphs-only = Paragraphes du dispositif seulement
library-search = Rechercher
library-back-to-the-list-of = Revenir à la liste des résolutions
library-nothing-found = Aucun résultat.
library-filter-by-symbol-or-title = Filtrer par cote ou par titre
library-all-bodies = Tous les organes
library-add-a-folder-of-resolutions = Ajoutez un dossier de résolutions (fichiers XML Akoma Ntoso ou exports texte) pour les parcourir et y faire des recherches ici, et pour ouvrir les documents qu’elles citent.
library-languages = Langues
library-remove = Retirer
library-stop-including-this-folder-the = Ne plus inclure ce dossier (les fichiers restent à leur place)
library-this-document-has-no-symbol = Ce document n’a pas de cote.
library-none-in-your-library = Aucun document de votre bibliothèque
library-no-resolution-in-the-library = Aucune résolution de la bibliothèque n’a été adoptée par vote enregistré : ajoutez les fichiers Akoma Ntoso d’une session pour voir comment chaque État Membre a voté.
library-member-state = État Membre :
library-find-a-member-state = Rechercher un État Membre
library-session = Session :
library-all-sessions = Toutes les sessions
library-agenda-item = Point de l’ordre du jour :
library-all-agenda-items = Tous les points de l’ordre du jour
library-show = Afficher :
library-save-the-votes-listed-below = Enregistrer les votes ci-dessous dans une feuille de calcul (CSV)
library-no-vote-matches-these-filters = Aucun vote ne correspond à ces filtres.
library-title = Titre
library-open-this-resolution = Ouvrir cette résolution
library-absent = Absence
library-no-resolution-in-the-library-2 = Aucune résolution de la bibliothèque n’indique son point de l’ordre du jour : ajoutez les fichiers Akoma Ntoso d’une session pour en voir les résolutions par point de l’ordre du jour.
library-find-an-agenda-item = Rechercher un point de l’ordre du jour
library-choose-an-agenda-item-to = Choisissez un point de l’ordre du jour pour en voir les résolutions, session par session.
library-resolutions = Résolutions
library-counts = { $resolutions ->
    [one] { $resolutions } résolution
   *[other] { $resolutions } résolutions
} · { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}
library-counts-unreadable = { $resolutions ->
    [one] { $resolutions } résolution
   *[other] { $resolutions } résolutions
} · { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
} · { $unreadable ->
    [one] { $unreadable } illisible
   *[other] { $unreadable } illisibles
}
library-close = Fermer
library-scan-progress = { $phase } { $done }/{ $total } { $name }
library-phase-listing = Recensement
library-phase-reading = Lecture
library-phase-saving = Enregistrement
library-looking-for-files = Recherche des fichiers…
library-browse = Parcourir
library-results = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
library-symbol = Cote
library-adopted = Adoption
library-body = Organe
library-session-column = Session
library-files-unreadable = { $count ->
    [one] { $count } fichier n’a pas pu être lu
   *[other] { $count } fichiers n’ont pas pu être lus
}
library-folders = Dossiers ({ $count })
library-cited-by = Cité par ({ $count })
library-documents-that-cite = Documents de votre bibliothèque qui citent { $symbol }
body-general-assembly = Assemblée générale
body-security-council = Conseil de sécurité
body-human-rights-council = Conseil des droits de l’homme
body-economic-and-social-council = Conseil économique et social
body-short-general-assembly = AG
body-short-security-council = CS
body-short-human-rights-council = CDH
body-short-economic-and-social-council = ECOSOC
votes-all = Tous les votes
votes-with-majority = Avec la majorité
votes-not-with-majority = En désaccord avec la majorité
votes-my-country = Mon pays
votes-show-how = Afficher les votes de mon pays ({ $state })
votes-reading = Lecture des votes : { $state }…
votes-export-csv = Exporter en CSV…
votes-summary = { $state } : avec la majorité pour { $with ->
    [one] { $with } vote exprimé
   *[other] { $with } votes exprimés
} sur { $cast } ({ $share } %) ; absence lors de { $absent ->
    [one] { $absent } vote enregistré
   *[other] { $absent } votes enregistrés
} sur { $recorded }
votes-share-with-majority = { $share } % avec la majorité
votes-click-session = { $session }. Cliquez pour n’afficher que cette session
votes-vote = Vote de l’État
votes-majority = Majorité
votes-count = Décompte
votes-session-bar = { $session } : { $in_favour } pour, { $against } contre, { $abstaining ->
    [one] { $abstaining } abstention
   *[other] { $abstaining } abstentions
}, { $absent ->
    [one] { $absent } absence
   *[other] { $absent } absences
} ; { $share }
agenda-count = { $count ->
    [one] { $count } point de l’ordre du jour
   *[other] { $count } points de l’ordre du jour
}
agenda-sessions = { " · " }{ $first ->
    [1] 1re
   *[other] { $first }e
} à { $last }e sessions
agenda-session = { " · " }{ $session ->
    [1] 1re
   *[other] { $session }e
} session
agenda-resolutions = { $count ->
    [one] { $count } résolution
   *[other] { $count } résolutions
}
agenda-session-item = { $session ->
    [1] 1re
   *[other] { $session }e
} session · { $item }
agenda-session-heading = { $session ->
    [1] 1re
   *[other] { $session }e
} session
agenda-session-unknown = Session inconnue
agenda-recorded-vote = Vote enregistré
agenda-vote = Vote : { $tally }
agenda-without-vote = Sans vote
agenda-how-voted = Vote de mon pays ({ $state })
agenda-in-no-list = { $state } : ne figure dans aucune liste de vote
agenda-column-note = Chaque résolution, avec le résultat du vote et le vote de mon pays ({ $state })
vote-in-favour = Pour
vote-against = Contre
vote-abstaining = Abstention
facts-adopted-recorded = Adoptée par vote enregistré
facts-adopted-without-vote = Adoptée sans vote
facts-outcome-tally = { $outcome } : { $tally }
facts-draft-not-adopted = Projet : pas encore adopté.
facts-no-record = Le fichier n’indique pas comment le texte a été adopté.
facts-sponsors = Auteurs
facts-additional-sponsors = Autres auteurs
facts-committee-report = Rapport de la Commission
facts-adopted = Adoption
facts-agenda = Ordre du jour
facts-recorded-vote = vote enregistré
facts-without-vote = sans vote
facts-compare-tip = Comparer { $old } avec { $new }
facts-did-not-vote = { $state } : n’a pas voté

## Volet d’informations

facts-facts = Informations
facts-draft = Projet de résolution
facts-open-the-draft-if-it = Ouvrir le projet s’il est disponible, ou voir où se le procurer
facts-my-country = Mon pays :
facts-e-g-canada = p. ex. Canada
facts-set-once-your-country-s = À indiquer une seule fois : le vote de votre pays est signalé sur chaque résolution
facts-find-a-member-state = Rechercher un État Membre
facts-history-of-the-text = Historique du texte
facts-no-earlier-or-later-resolution = Aucune résolution antérieure ou ultérieure sur la question dans la bibliothèque.
facts-compare-with-previous = Comparer avec la précédente
facts-copy = Copier
facts-copy-the-list-to-paste = Copier la liste pour la coller dans un rapport

## Actions : éléments de menu, avec ce que fait chacun (.tip)

action-open = Ouvrir…
    .tip = Ouvrir une résolution

action-open-sample = Ouvrir l’exemple (A/RES/75/32, en chinois)
    .tip = Ouvrir la résolution fournie avec Plenary

action-export-pdf = Exporter en PDF…
    .tip = Un dossier à imprimer ou à emporter en séance : le texte avec vos notes en regard et, si vous le souhaitez, les faits et ce qui a changé

action-print = Imprimer…
    .tip = Imprimer un dossier : le texte avec vos notes en regard

action-close = Fermer
    .tip = Fermer ce document

action-quit = Quitter
    .tip = Fermer la fenêtre ; les documents ouverts seront rouverts la prochaine fois

action-next-document = Document suivant
    .tip = Afficher le document ouvert suivant

action-outline-panel = Plan
    .tip = Afficher ou masquer le plan des paragraphes du document

action-notes-panel = Notes et signets
    .tip = Afficher ou masquer le volet des notes et des signets

action-facts-panel = Votes et auteurs
    .tip = Afficher ou masquer les informations sur cette résolution : mode d’adoption, vote de chaque État et auteurs

action-dark-theme = Thème sombre
    .tip = Texte clair sur fond sombre

action-high-contrast = Contraste élevé
    .tip = Texte blanc sur noir, liens et focus en jaune, chaque contrôle encadré

action-zoom-in = Zoom avant
    .tip = Agrandir tout l’affichage

action-zoom-out = Zoom arrière
    .tip = Réduire tout l’affichage

action-actual-size = Taille réelle
    .tip = Annuler le zoom avant ou arrière

action-one-document = Un seul document
    .tip = Ne plus afficher de second document à côté de celui-ci

action-compare-with-file = Un fichier…
    .tip = Choisir un fichier avec lequel comparer ce document, en tant que version antérieure du texte

action-next-paragraph = Paragraphe suivant
    .tip = Placer le repère de lecture sur le paragraphe suivant

action-previous-paragraph = Paragraphe précédent
    .tip = Placer le repère de lecture sur le paragraphe précédent

action-back = Retour
    .tip = Revenir là où vous étiez avant le dernier saut

action-forward = Avancer
    .tip = Retourner là où vous étiez avant de revenir en arrière
action-next-pane = Volet suivant
    .tip = Passer le clavier au volet suivant : le plan, le texte, le panneau des notes, le panneau des faits ; dans une comparaison, les lignes et la liste des modifications
action-previous-pane = Volet précédent
    .tip = Passer le clavier au volet précédent

action-library = Parcourir et rechercher
    .tip = Ouvrir ou fermer la bibliothèque des résolutions enregistrées sur cet ordinateur

action-library-votes = Votes par État Membre
    .tip = Voir comment un État Membre a voté sur chaque résolution de la bibliothèque, par session et par point de l’ordre du jour

action-library-agenda = Points de l’ordre du jour
    .tip = Voir les résolutions de la bibliothèque par point de l’ordre du jour et par session, avec leurs votes

action-add-folder = Ajouter un dossier…
    .tip = Ajouter un dossier de résolutions à la bibliothèque

action-import-files = Importer des fichiers…
    .tip = Copier des fichiers dans le dossier propre à la bibliothèque

action-rescan = Réanalyser
    .tip = Relire les dossiers de la bibliothèque pour y repérer les fichiers nouveaux ou modifiés

action-cited-by-panel = Volet « Cité par »
    .tip = Afficher ou masquer les documents de la bibliothèque qui citent celui-ci

action-find = Rechercher dans le document
    .tip = Rechercher dans le texte de ce document

action-previous-match = Occurrence précédente
    .tip = Aller à l’occurrence précédente de la recherche

action-next-match = Occurrence suivante
    .tip = Aller à l’occurrence suivante de la recherche

action-copy-selection = Copier la sélection
    .tip = Copier le texte sélectionné

action-copy-text = Copier le texte
    .tip = Copier le texte du paragraphe

action-copy-citation = Copier la référence
    .tip = Copier la référence du paragraphe : la cote du document et le numéro du paragraphe

action-bookmark = Signet
    .tip = Ajouter un signet au paragraphe en cours de lecture, ou supprimer son signet

action-add-note = Ajouter une note…
    .tip = Écrire une note sur le paragraphe en cours de lecture (sur les mots sélectionnés, le cas échéant)

action-add-note-on-selection = Ajouter une note sur la sélection…
    .tip = Écrire une note sur les mots sélectionnés

action-show-on-page = Afficher sur la page
    .tip = Afficher la page du PDF où figure le paragraphe, avec le paragraphe mis en évidence

action-dismiss = Fermer la fiche ou la barre de recherche, ou désélectionner
    .tip = Fermer les raccourcis clavier ou la fiche de référence ouverte, sinon la barre de recherche, sinon désélectionner le texte
action-undo-delete = Annuler la suppression de la note
    .tip = Rétablir la dernière note supprimée

action-keyboard-shortcuts = Raccourcis clavier
    .tip = Afficher la liste de tous les raccourcis clavier

## Comparaison : deux textes côte à côte, les modifications suivies d’un projet Word, la lecture en parallèle

compare-heading-changes = Comparaison de { $old } avec { $new }
compare-heading-tracked = Modifications suivies dans { $document }
compare-heading-parallel = Lecture en parallèle de { $first } et de { $second }
compare-comparing = Comparaison en cours… { $seconds } s
compare-show = Afficher :
compare-show-original = Version originale
compare-show-original-tip = Le texte tel qu’il était avant les modifications
compare-show-with-changes = Avec les modifications
compare-show-with-changes-tip = L’avant et l’après côte à côte, avec les modifications signalées
compare-show-final = Version finale
compare-show-final-tip = Le texte avec toutes les modifications acceptées
compare-summary = { $added ->
    [one] { $added } ajouté
   *[other] { $added } ajoutés
}, { $deleted ->
    [one] { $deleted } supprimé
   *[other] { $deleted } supprimés
}, { $changed ->
    [one] { $changed } modifié
   *[other] { $changed } modifiés
}, { $moved ->
    [one] { $moved } déplacé
   *[other] { $moved } déplacés
}
compare-unchanged = ({ $count ->
    [one] { $count } inchangé
   *[other] { $count } inchangés
})
compare-previous-change = Modification précédente
compare-previous-change-tip = Modification précédente (Shift+F7 ou P)
compare-next-change = Modification suivante
compare-next-change-tip = Modification suivante (F7 ou N)
compare-hide-unchanged = Masquer les paragraphes inchangés
compare-fold = … { $count ->
    [one] 1 paragraphe inchangé
   *[other] { $count } paragraphes inchangés
} …
compare-fold-tip = Les afficher
compare-column-older = Plus ancien : { $document }
compare-column-newer = Plus récent : { $document }
compare-column-before = Avant les modifications suivies
compare-column-after = Avec les modifications suivies
compare-ignore-punctuation-width = Ignorer la largeur de la ponctuation
compare-ignore-punctuation-width-tip = Les virgules ， et , sont considérées comme identiques
compare-ignore-whitespace = Ignorer les espaces
compare-export = Exporter
compare-export-html = Page HTML…
compare-export-markdown = Markdown…
compare-export-word = Fichier Word avec suivi des modifications…
compare-export-word-tip = Un document avec marques de révision, lisible dans Word et LibreOffice, pour accepter ou refuser les modifications une à une
compare-changes-by = Modifications de :
compare-changes-by-tip = L’auteur que Word indique pour chaque modification
compare-close = Fermer
compare-close-tip = Revenir à la lecture
compare-changes = Modifications
compare-no-differences = Aucune différence
compare-status-unchanged = inchangé
compare-status-changed = modifié
compare-status-added = ajouté
compare-status-deleted = supprimé
compare-status-moved = déplacé

## A briefing or redline printed as PDF
briefing-bookmarked = Signet
briefing-added = Ajouté
briefing-deleted = Supprimé
briefing-moved-from = Déplacé depuis { $paragraph }
briefing-renumbered = Anciennement { $paragraph }
briefing-title = Dossier (PDF)
briefing-intro = La résolution telle qu'imprimée, avec ses numéros de paragraphe et ses notes de bas de page, et ce que vous choisissez ici.
briefing-with-notes = Mes notes et signets
    .tip = Chaque note dans la marge, en regard de son paragraphe ; les paragraphes marqués d’un signet sont signalés
briefing-no-notes = Ce document n'a encore ni note ni signet
briefing-with-facts = Faits : le vote et les auteurs
    .tip = Le mode d'adoption, le vote de chaque État et les auteurs, tels que le fichier les indique
briefing-changes-since = Changements depuis :
briefing-changes-none = rien
briefing-no-earlier = Ouvrez une édition antérieure dans un onglet, ou ajoutez vos dossiers à la bibliothèque, pour résumer ce qui a changé.
briefing-save = Enregistrer en PDF…
briefing-print = Imprimer
briefing-making = Création du PDF… { $seconds } s
compare-export-pdf = Version révisée PDF…
    .tip = La comparaison en PDF à imprimer : suppressions barrées, ajouts soulignés
notice-saved-pdf = PDF enregistré : { $path }
notice-printed = Envoyé à l'imprimante : { $path }
notice-print-viewer = Aucune imprimante n'est configurée ici : le PDF est ouvert dans votre lecteur PDF, pour l'imprimer depuis celui-ci ({ $path })
error-save-pdf = impossible d'enregistrer le PDF ({ $error }) : { $path }
error-pdf = impossible de créer le PDF : { $error }
error-pdf-stopped = le PDF s'est arrêté avant d'être terminé
error-print = impossible d'imprimer ({ $error }) ; le PDF est conservé ici : { $path }
compare-change-inserted = Inséré par { $author }
compare-change-deleted = Supprimé par { $author }
compare-change-moved-from = Déplacé d’ici par { $author }
compare-change-moved-to = Déplacé ici par { $author }
compare-unnamed-author = un auteur non identifié
compare-change-dated = { $change }, le { $date }
compare-summary-for-report = Résumé pour un rapport
compare-copy = Copier
compare-copy-tip = Copier ces lignes pour les coller dans un rapport
compare-digest-heading = Ce qui a changé de { $old } à { $new } :
compare-digest-added = { $count ->
    [one] { $count } paragraphe ajouté ({ $paragraphs })
   *[other] { $count } paragraphes ajoutés ({ $paragraphs })
}
compare-digest-deleted = { $count ->
    [one] { $count } paragraphe supprimé ({ $paragraphs })
   *[other] { $count } paragraphes supprimés ({ $paragraphs })
}
compare-digest-moved = { $count ->
    [one] { $count } paragraphe déplacé ({ $paragraphs })
   *[other] { $count } paragraphes déplacés ({ $paragraphs })
}
compare-digest-changed = { $count ->
    [one] { $count } paragraphe modifié ({ $paragraphs })
   *[other] { $count } paragraphes modifiés ({ $paragraphs })
}
compare-digest-stronger = { $paragraph } : { $old } → { $new } (formulation renforcée)
compare-digest-weaker = { $paragraph } : { $old } → { $new } (formulation atténuée)
compare-digest-vote-then-now = Vote : { $then } auparavant, { $now } à présent
compare-digest-vote = Vote : { $now }

## Notes et signets : l’éditeur de notes et le volet des notes

notes-editor-edit = Note sur { $paragraph }
notes-editor-new = Nouvelle note sur { $paragraph }
notes-read-only = Ces notes ont été enregistrées par une version plus récente de Plenary et sont ici en lecture seule.
notes-your-note = Votre note
notes-colour = Couleur
notes-color-yellow = jaune
notes-color-green = vert
notes-color-blue = bleu
notes-color-pink = rose
notes-color-orange = orange
notes-color-purple = violet
notes-tags = Étiquettes
notes-tags-hint = mandat, suivi
notes-bookmark = Signet
notes-save = Enregistrer
notes-cancel = Annuler
notes-delete = Supprimer
notes-edit = Modifier
notes-discard-question = Abandonner ce que vous avez écrit ?
notes-discard = Abandonner
notes-keep-writing = Continuer à écrire
notes-filter-hint = Filtrer : mots, #étiquette, OP3
notes-this-document = Ce document
notes-none-yet = Aucune note pour l’instant. Appuyez sur B pour ajouter un signet à un paragraphe, sur N pour écrire une note.
notes-no-match = Aucune note ne correspond au filtre.
notes-status-attached = rattachée
notes-status-moved = déplacée (auparavant { $from }, désormais { $now })
notes-status-orphaned = orpheline
notes-orphaned = orpheline : auparavant { $paragraph } « { $quote }… »
notes-was = (auparavant { $paragraph } : « { $quote }… »)
notes-from = Provenant de { $source } ({ $count ->
    [one] { $count } note
   *[other] { $count } notes
})
notes-banner = Vos notes sur une autre édition ou version linguistique de ce texte :
notes-banner-copy = Copier ici
notes-banner-show = Afficher
notes-banner-show-tip = Ouvrir le panneau des notes sur ces notes
notes-export = Exporter…
notes-export-markdown = Markdown
notes-export-markdown-tip = Sous des titres, chaque note avec un lien qui ouvre Plenary à son paragraphe
notes-export-json = W3C Web Annotation (JSON)
notes-export-json-tip = La forme normalisée des annotations ; Plenary sait la réimporter
notes-export-csv = CSV
notes-export-csv-tip = Une ligne par note, pour un tableur
notes-copy-here = Copier ces notes ici
notes-copy-here-tip = Chaque note est rattachée au paragraphe où figure l’extrait qu’elle cite ; les notes orphelines conservent leur extrait
notes-all-bookmarks = Tous les signets
notes-no-bookmarks = Aucun signet pour l’instant
notes-comments = Commentaires de ce fichier ({ $count })
notes-copy-comment = Copier dans mes notes
notes-copy-comment-tip = Ouvrir une note sur ce paragraphe, avec le texte du commentaire déjà saisi

## Afficher sur la page : la page d’un PDF à côté du texte

page-not-drawn = impossible d’afficher la page
page-not-drawn-because = impossible d’afficher la page : { $error }
region-page = La page telle que publiée
region-text = Texte
page-previous = ← Précédente
page-previous-tip = Afficher la page précédente
page-next = Suivante →
page-next-tip = Afficher la page suivante
page-zoom-out-tip = Afficher toute la largeur de la page
page-zoom-in-tip = Agrandir la page
page-close = Fermer la page
page-close-tip = Fermer l’affichage de la page
page-number = Page { $page }
page-number-of = Page { $page } sur { $pages }
page-marked = Le paragraphe { $paragraph } est mis en évidence sur la page publiée.
page-marked-this-paragraph = Ce paragraphe est mis en évidence sur la page publiée.
page-not-here = Le paragraphe { $paragraph } ne figure pas sur cette page.
page-not-here-this-paragraph = Ce paragraphe ne figure pas sur cette page.
page-drawing = Affichage de la page…
page-as-published = Page { $page } de { $file }, telle que publiée

## Fiche de référence : un document cité qui n’est pas à portée de main

card-paragraph = paragraphe { $paragraph }
card-not-among-your-files = ne figure pas parmi vos fichiers
card-not-open = n’est pas ouvert et ne figure pas dans les dossiers d’où vous avez ouvert des fichiers
card-copy-symbol = Copier la cote
card-copy-link = Copier le lien
card-open-online = Ouvrir en ligne →
card-open-online-tip = Ouvre { $url } dans votre navigateur
card-close = Fermer
card-search-library = Rechercher dans la bibliothèque
card-search-library-tip = Chercher le document, et les textes qui le citent, parmi vos fichiers
card-add-folder = Ajouter un dossier…
card-add-folder-tip = Ajouter un dossier de résolutions à la bibliothèque : un document cité qui s’y trouve s’ouvrira depuis celui-ci

## Barre de recherche

find-hint = Rechercher dans le document
find-no-matches = aucune occurrence
find-count = { $current } sur { $total }
find-previous-tip = Occurrence précédente (Shift+F3)
find-next-tip = Occurrence suivante (F3)
find-close-tip = Fermer (Esc)

## Plan : les parties d’une résolution

outline-preamble = Préambule
outline-operative-part = Dispositif
outline-annex = Annexe
outline-division-preamble = { $division } · { outline-preamble }
outline-division-operative-part = { $division } · { outline-operative-part }

## Aide-mémoire des raccourcis clavier

help-when-keys-act = Les lettres seules, Escape et Alt avec une flèche ne fonctionnent que si aucun champ de texte n’est actif.
help-mouse-buttons = Les boutons Précédent et Suivant de la souris permettent aussi de revenir en arrière et d’avancer.

## Lecteur : la fenêtre du document, ses notes de bas de page, les notes et les commentaires à côté du texte

reader-no-document = Ouvrez une résolution avec Fichier › Ouvrir, ou faites glisser un fichier ici.
reader-footnote = Note de bas de page { $marker }
reader-citation-paragraph = { $symbol }, par. { $paragraph }
reader-more-characters = … ({ $count ->
    [one] { $count } caractère supplémentaire non affiché
   *[other] { $count } caractères supplémentaires non affichés
} ; « Copier le texte » copie l’intégralité du paragraphe)
reader-bookmark-only = (signet)
reader-note-was = auparavant { $paragraph }
reader-edit-note-tip = Modifier cette note
reader-comment = Commentaire · { $author } { $date }
reader-comment-tip = Commentaire figurant dans le fichier Word. Cliquez pour le copier dans vos notes.

## Lecteurs d’écran : le nom de chaque partie de la vue de lecture

a11y-open-note = Ouvrir la note sur le paragraphe { $paragraph }
a11y-bookmark = Ajouter un signet au paragraphe { $paragraph }
a11y-remove-bookmark = Supprimer le signet du paragraphe { $paragraph }
a11y-bookmark-this-paragraph = Ajouter un signet à ce paragraphe
a11y-remove-bookmark-this-paragraph = Supprimer le signet de ce paragraphe
a11y-footnote-marker = note de bas de page { $marker }
a11y-footnote = Note de bas de page { $marker } : { $text }
a11y-back-to-text = revenir à l’appel de note { $marker } dans le texte
a11y-note = Note sur le paragraphe { $paragraph } : { $text }
a11y-edit-note = Modifier la note sur le paragraphe { $paragraph }
a11y-delete-note = Supprimer la note sur le paragraphe { $paragraph }
a11y-deleted = [supprimé : { $text }]
a11y-inserted = [inséré : { $text }]
a11y-comment = Commentaire de { $author } sur le paragraphe { $paragraph } : { $text }

## Messages : ce que la fenêtre indique une fois une opération effectuée

notice-scan-cancelled = L’analyse de la bibliothèque a été annulée.
notice-library-folder-not-available = Un dossier de la bibliothèque est actuellement indisponible ; ses documents restent dans la liste : { $path }
notice-library-up-to-date = Bibliothèque à jour : { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}, { $read ->
    [one] { $read } lu
   *[other] { $read } lus
}, { $unchanged ->
    [one] { $unchanged } inchangé
   *[other] { $unchanged } inchangés
}
notice-library-up-to-date-unreadable = Bibliothèque à jour : { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}, { $read ->
    [one] { $read } lu
   *[other] { $read } lus
}, { $unchanged ->
    [one] { $unchanged } inchangé
   *[other] { $unchanged } inchangés
}, { $unreadable ->
    [one] { $unreadable } illisible (signalé dans la bibliothèque)
   *[other] { $unreadable } illisibles (signalés dans la bibliothèque)
}
notice-imported = { $copied ->
    [one] { $copied } fichier importé
   *[other] { $copied } fichiers importés
} dans la bibliothèque ({ $already ->
    [one] { $already } s’y trouvait déjà
   *[other] { $already } s’y trouvaient déjà
}).
notice-copied-notes = { $count ->
    [one] { $count } note copiée
   *[other] { $count } notes copiées
} depuis { $source }.
notice-place-on-page-unknown = L’emplacement de ce paragraphe sur sa page est inconnu.
notice-no-pages = « Afficher sur la page » concerne les documents ouverts à partir d’un PDF : celui-ci n’a pas de pages.
notice-note-deleted = Note supprimée.
notice-saved-comparison = Comparaison enregistrée : { $path }
notice-saved-redline = Comparaison enregistrée sous forme de fichier Word avec suivi des modifications : { $path }
notice-saved-votes = Votes enregistrés dans le fichier { $path }
notice-opened-in-other-language = { $symbol } ouvert dans la version « { $found } » : votre bibliothèque n’en contient pas de version « { $wanted } ».
notice-opened-in-unknown-language = { $symbol } ouvert dans une autre langue : votre bibliothèque n’en contient pas de version « { $wanted } ».
notice-opened-in-other-language-no-version = { $symbol } ouvert dans la version « { $found } » : votre bibliothèque n’en contient pas de version dans cette langue.
notice-opened-in-unknown-language-no-version = { $symbol } ouvert dans une autre langue : votre bibliothèque n’en contient pas de version dans cette langue.

## Erreurs : ce qui n’a pas pu être fait, et pourquoi

error-session-unreadable = impossible de lire la dernière session de travail ({ $error }) : { $path }
error-session-damaged = impossible de restaurer la dernière session de travail ({ $error }) : { $path }
error-session-damaged-kept = impossible de restaurer la dernière session de travail ({ $error }) ; fichier conservé sous le nom { $kept } : { $path }
error-save-session = impossible d’enregistrer la session de travail : { $error }
error-library-not-opened = impossible d’ouvrir la bibliothèque : { $error }
error-library-folder-missing = un dossier de la bibliothèque est introuvable : { $path }
error-library-scan-failed = échec de l’analyse de la bibliothèque : { $error }
error-query-stopped = la recherche s’est arrêtée de manière inattendue
error-undo-document-closed = Le document de la note supprimée n’est plus ouvert ; ouvrez-le pour annuler la suppression.
error-bookmark-source-unknown = impossible d’ouvrir { $document } : son emplacement d’origine est inconnu
error-save-comparison = impossible d’enregistrer la comparaison ({ $error }) : { $path }
error-write-word = impossible d’écrire le fichier Word ({ $error })
error-save-word = impossible d’enregistrer le fichier Word ({ $error }) : { $path }
error-save-votes = impossible d’enregistrer les votes ({ $error }) : { $path }
error-no-paragraph = aucun paragraphe { $paragraph } dans { $document }

## Boîtes de dialogue de fichiers : les types de fichiers proposés

dialog-resolutions = Résolutions
dialog-all-files = Tous les fichiers

## Bibliothèque : un document sans cote

library-no-symbol = (sans cote)
error-link = Ce lien ne peut pas être ouvert ({ $reason }) : { $link }
error-link-not-found = Ni le fichier ni la bibliothèque ne contiennent { $document } : ajoutez son dossier à la bibliothèque.
notice-saved-notes = Notes enregistrées dans le fichier { $path }
error-save-notes = impossible d’enregistrer les notes ({ $error }) : { $path }
prompt-title-open = Ouvrir un fichier
prompt-title-compare = Comparer avec un fichier
prompt-title-folder = Ajouter un dossier à la bibliothèque
prompt-title-import = Importer des fichiers dans la bibliothèque
prompt-no-dialog = Aucune boîte de dialogue de fichiers ne peut s’afficher sur ce bureau (ni portail de bureau ni zenity). Saisissez plutôt le chemin :
prompt-hint-file = /home/vous/Documents/A_RES_75_32.xml
prompt-hint-folder = /home/vous/Documents/resolutions
prompt-no-such-file = Rien de lisible à ce chemin : saisissez le chemin complet d’un fichier.
prompt-no-such-folder = Aucun dossier à ce chemin.
prompt-go = OK
prompt-cancel = Annuler
reader-ibid = Ibid. : note { $marker }, « { $text } »

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Side-by-side comparison of AI accelerators and rack-scale systems, with the source, date and confidence of every figure.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Comparaison côte à côte d&apos;accélérateurs d&apos;IA et de systèmes à l&apos;échelle du rack, avec la source, la date et la confiance de chaque valeur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data credits.&lt;/b&gt; Specifications are compiled from the public sources listed with each figure. Includes data from Epoch AI, “Data on Machine Learning Hardware”, &lt;a href=&apos;https://epoch.ai/data/machine-learning-hardware&apos;&gt;epoch.ai&lt;/a&gt;, licensed under &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC-BY 4.0&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Crédits des données.&lt;/b&gt; Les spécifications sont compilées à partir des sources publiques indiquées avec chaque valeur. Inclut des données d&apos;Epoch AI, «&#xa0;Data on Machine Learning Hardware&#xa0;», &lt;a href=&apos;https://epoch.ai/data/machine-learning-hardware&apos;&gt;epoch.ai&lt;/a&gt;, sous licence &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC-BY 4.0&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Figures are dense peak throughput unless marked; values no source gives are shown as “not published”, never estimated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sauf mention contraire, les valeurs sont des performances de crête denses&#xa0;; les valeurs qu&apos;aucune source ne donne sont affichées «&#xa0;non publié&#xa0;», jamais estimées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Daily (while working, on exit)</source>
        <translation>Quotidienne (pendant le travail, à la fermeture)</translation>
    </message>
    <message>
        <source>Before updating the database from schema %1</source>
        <translation>Avant la mise à jour de la base de données depuis le schéma %1</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Avant la restauration d’une sauvegarde</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before importing notes</source>
        <translation>Avant l’importation de notes</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Avant %1</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>ChipLens backs the database up when it closes (once a day, if the database is healthy), and before every database update, restore and import. Restoring a backup first backs up the current database, so a restore can be undone by restoring that backup.</source>
        <translation>ChipLens sauvegarde la base de données à sa fermeture (une fois par jour, si la base de données est saine), ainsi qu&apos;avant chaque mise à jour, restauration et importation de la base de données. Restaurer une sauvegarde sauvegarde d&apos;abord la base de données actuelle&#xa0;: une restauration peut donc être annulée en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>No backups yet. The first one is made when ChipLens closes.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. La première est faite à la fermeture de ChipLens.</translation>
    </message>
    <message>
        <source>Keep daily backups of the last</source>
        <translation>Conserver les sauvegardes quotidiennes des</translation>
    </message>
    <message>
        <source>days,</source>
        <translation>derniers jours,</translation>
    </message>
    <message>
        <source>weeks and</source>
        <translation>semaines et</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Backups kept: %1</source>
        <translation>Sauvegardes conservées&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Please wait: the backup or restore is still running.</source>
        <translation>Veuillez patienter&#xa0;: la sauvegarde ou la restauration est en cours.</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>La sauvegarde n&apos;a pas été effectuée</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>Replace the current database with the backup from %1?

The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Remplacer la base de données actuelle par la sauvegarde du %1&#xa0;?

La base de données actuelle est d&apos;abord sauvegardée&#xa0;: vous pourrez annuler en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <source>Restored %1. The database as it was before is kept as %2.</source>
        <translation>Restauration de %1 terminée. La base de données dans son état précédent est conservée sous %2.</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>dense</source>
        <translation>dense</translation>
    </message>
    <message>
        <source>2:4 sparse</source>
        <translation>creux (2:4)</translation>
    </message>
    <message>
        <source>one way</source>
        <translation>dans un sens</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>dans les deux sens</translation>
    </message>
    <message>
        <source>all compute units</source>
        <translation>toutes les unités de calcul</translation>
    </message>
    <message>
        <source>Cube units only</source>
        <translation>unités Cube uniquement</translation>
    </message>
    <message>
        <source>vector units only</source>
        <translation>unités vectorielles uniquement</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>die</source>
        <translation>puce nue</translation>
    </message>
    <message>
        <source>package</source>
        <translation>boîtier</translation>
    </message>
    <message>
        <source>board</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>superchip</source>
        <translation>superpuce</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>pod</source>
        <translation>pod</translation>
    </message>
    <message>
        <source>format not stated</source>
        <translation>format non précisé</translation>
    </message>
    <message>
        <source>sparsity not stated</source>
        <translation>parcimonie non précisée</translation>
    </message>
    <message>
        <source>granularity not stated</source>
        <translation>granularité non précisée</translation>
    </message>
    <message>
        <source>direction not stated</source>
        <translation>sens non précisé</translation>
    </message>
    <message>
        <source>scope not stated</source>
        <translation>périmètre non précisé</translation>
    </message>
    <message>
        <source>Per accelerator package: the figures of %1 are split per package.</source>
        <translation>Par boîtier d’accélérateur&#xa0;: les valeurs de %1 sont réparties par boîtier.</translation>
    </message>
    <message>
        <source>%1 (a %2 of %3 packages)</source>
        <translation>%1 (%2 de %3 boîtiers)</translation>
    </message>
</context>
<context>
    <name>BasisForm</name>
    <message>
        <source>optional, as the source words it, e.g. 1000 W, Server tier</source>
        <translation>facultatif, tel que la source le formule, p. ex. 1000 W, Server tier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation>Parcimonie</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularité</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>dense</translation>
    </message>
    <message>
        <source>2:4 sparse</source>
        <translation>creux (2:4)</translation>
    </message>
    <message>
        <source>per die</source>
        <translation>par die</translation>
    </message>
    <message>
        <source>per package (one accelerator)</source>
        <translation>par boîtier (un accélérateur)</translation>
    </message>
    <message>
        <source>per board</source>
        <translation>par carte</translation>
    </message>
    <message>
        <source>per superchip</source>
        <translation>par superpuce</translation>
    </message>
    <message>
        <source>per node</source>
        <translation>par nœud</translation>
    </message>
    <message>
        <source>per rack</source>
        <translation>par rack</translation>
    </message>
    <message>
        <source>per system</source>
        <translation>par système</translation>
    </message>
    <message>
        <source>per pod</source>
        <translation>par pod</translation>
    </message>
    <message>
        <source>one way</source>
        <translation>unidirectionnel</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>bidirectionnel</translation>
    </message>
    <message>
        <source>all compute units</source>
        <translation>toutes les unités de calcul</translation>
    </message>
    <message>
        <source>Cube or tensor units only</source>
        <translation>unités Cube ou Tensor uniquement</translation>
    </message>
    <message>
        <source>vector units only</source>
        <translation>unités vectorielles uniquement</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>Fo&amp;rmat</translation>
    </message>
    <message>
        <source>S&amp;parsity</source>
        <translation>&amp;Parcimonie</translation>
    </message>
    <message>
        <source>&amp;Granularity</source>
        <translation>&amp;Granularité</translation>
    </message>
    <message>
        <source>Direc&amp;tion</source>
        <translation>Sen&amp;s</translation>
    </message>
    <message>
        <source>Scop&amp;e</source>
        <translation>Péri&amp;mètre</translation>
    </message>
    <message>
        <source>Cond&amp;ition</source>
        <translation>Cond&amp;ition</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>%1 — this row&apos;s standard</source>
        <translation>%1 — standard de cette ligne</translation>
    </message>
    <message>
        <source>%1 is not a format of the row “%2”, which holds %3 only: enter the figure in the row of its format</source>
        <translation>%1 n&apos;est pas un format de la ligne «&#xa0;%2&#xa0;», qui ne contient que %3&#xa0;: saisissez la valeur dans la ligne de son format</translation>
    </message>
    <message>
        <source>A %1 figure belongs in the row “%2”: “%3” holds %4 figures only.</source>
        <translation>Une valeur «&#xa0;%1&#xa0;» va dans la ligne «&#xa0;%2&#xa0;»&#xa0;: «&#xa0;%3&#xa0;» ne contient que des valeurs «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>“%3” holds %4 figures only: a %1 figure has no row here.</source>
        <translation>«&#xa0;%3&#xa0;» ne contient que des valeurs «&#xa0;%4&#xa0;»&#xa0;: une valeur «&#xa0;%1&#xa0;» n&apos;a pas de ligne ici.</translation>
    </message>
    <message>
        <source>%1 does not apply to the row “%2”</source>
        <translation>%1 ne s&apos;applique pas à la ligne «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a known value</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur connue</translation>
    </message>
    <message>
        <source>&amp;Move to “%1”</source>
        <translation>&amp;Déplacer vers «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Beyond</name>
    <message>
        <source>not found</source>
        <translation>non trouvé</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Approvisionnement</translation>
    </message>
    <message>
        <source>Stack and latest version</source>
        <translation>Pile logicielle et dernière version</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>Other engines</source>
        <translation>Autres moteurs</translation>
    </message>
    <message>
        <source>Triton</source>
        <translation>Triton</translation>
    </message>
    <message>
        <source>CUDA compatibility</source>
        <translation>Compatibilité CUDA</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Vendor engine</source>
        <translation>Moteur du fabricant</translation>
    </message>
    <message>
        <source>native</source>
        <translation>natif</translation>
    </message>
    <message>
        <source>in-tree</source>
        <translation>intégré (in-tree)</translation>
    </message>
    <message>
        <source>plugin</source>
        <translation>plugin</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>fork</translation>
    </message>
    <message>
        <source>vendor build</source>
        <translation>version du fabricant</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>annoncé</translation>
    </message>
    <message>
        <source>see text</source>
        <translation>voir le texte</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <source>Node and foundry</source>
        <translation>Nœud de gravure et fondeur</translation>
    </message>
    <message>
        <source>Fab capacity</source>
        <translation>Capacité des usines</translation>
    </message>
    <message>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <source>Market share</source>
        <translation>Part de marché</translation>
    </message>
    <message>
        <source>Revenue and results</source>
        <translation>Chiffre d&apos;affaires et résultats</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>counts chips</source>
        <translation>compté en puces</translation>
    </message>
    <message>
        <source>counts units</source>
        <translation>compté en unités</translation>
    </message>
    <message>
        <source>counts cards</source>
        <translation>compté en cartes</translation>
    </message>
    <message>
        <source>counts dies</source>
        <translation>compté en dies</translation>
    </message>
    <message>
        <source>counts HBM stacks</source>
        <translation>compté en empilements HBM</translation>
    </message>
    <message>
        <source>counts wafers</source>
        <translation>compté en plaquettes</translation>
    </message>
    <message>
        <source>counts plants</source>
        <translation>compté en usines</translation>
    </message>
    <message>
        <source>official</source>
        <translation>officiel</translation>
    </message>
    <message>
        <source>third-party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>rapporté</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>le vôtre</translation>
    </message>
    <message>
        <source>undated, read %1</source>
        <translation>non daté, consulté le %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>through its %1</source>
        <translation>via son %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Pile logicielle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation>Éditeur de la source</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Date de la source</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Adresse de la source</translation>
    </message>
    <message>
        <source>Kind of fact</source>
        <translation>Type de fait</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 doit valoir l&apos;une de ces valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: there is no stack %2</source>
        <translation>%1&#xa0;: il n&apos;existe aucune pile logicielle %2</translation>
    </message>
    <message>
        <source>%1 %2 is negative, and a count cannot be</source>
        <translation>%1 %2 est négatif, ce qu&apos;un décompte ne peut pas être</translation>
    </message>
    <message>
        <source>%1 %2 is not a finite number</source>
        <translation>%1 %2 n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>%1 %2 is not written YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 %2 n&apos;est pas au format AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 %2 does not start with https:// or http://</source>
        <translation>%1 %2 ne commence pas par https:// ou http://</translation>
    </message>
    <message>
        <source>%1 %2 is not one of yours (it was deleted)</source>
        <translation>%1 %2 ne fait pas partie des vôtres (il a été supprimé)</translation>
    </message>
    <message>
        <source>chips</source>
        <translation>puces</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>cartes</translation>
    </message>
    <message>
        <source>dies</source>
        <translation>dies</translation>
    </message>
    <message>
        <source>HBM stacks</source>
        <translation>empilements HBM</translation>
    </message>
    <message>
        <source>wafers</source>
        <translation>plaquettes</translation>
    </message>
    <message>
        <source>plants</source>
        <translation>usines</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Dernière version</translation>
    </message>
    <message>
        <source>PyTorch support</source>
        <translation>Prise en charge de PyTorch</translation>
    </message>
    <message>
        <source>vLLM support</source>
        <translation>Prise en charge de vLLM</translation>
    </message>
    <message>
        <source>SGLang support</source>
        <translation>Prise en charge de SGLang</translation>
    </message>
    <message>
        <source>llama.cpp support</source>
        <translation>Prise en charge de llama.cpp</translation>
    </message>
    <message>
        <source>Vendor inference engine</source>
        <translation>Moteur d&apos;inférence du fabricant</translation>
    </message>
    <message>
        <source>Other inference engines</source>
        <translation>Autres moteurs d&apos;inférence</translation>
    </message>
    <message>
        <source>Triton support</source>
        <translation>Prise en charge de Triton</translation>
    </message>
    <message>
        <source>CUDA source compatibility</source>
        <translation>Compatibilité avec le code source CUDA</translation>
    </message>
    <message>
        <source>CUDA translation tools</source>
        <translation>Outils de traduction CUDA</translation>
    </message>
    <message>
        <source>Licence and openness</source>
        <translation>Licence et ouverture</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>not a fact: an object with domain, subject, field, value, source</source>
        <translation>pas un fait&#xa0;: un objet avec domain, subject, field, value, source est attendu</translation>
    </message>
    <message>
        <source>%1 %2 is in the file twice</source>
        <translation>%1 %2 figure deux fois dans le fichier</translation>
    </message>
    <message>
        <source>analyst fact %1: %2</source>
        <translation>fait d&apos;analyste %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a new fact of yours</source>
        <translation>un nouveau fait de votre part</translation>
    </message>
    <message>
        <source>in this store&apos;s trash: brought back</source>
        <translation>dans la corbeille de cette base de données&#xa0;: restauré</translation>
    </message>
    <message>
        <source>the reference has nothing on this for %1</source>
        <translation>les données de référence n&apos;ont rien à ce sujet pour %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sources (select the cell for each address and note):</source>
        <translation>Sources (sélectionnez la cellule pour voir chaque adresse et note)&#xa0;:</translation>
    </message>
    <message>
        <source>Maturity (sourced evidence)</source>
        <translation>Maturité (éléments sourcés)</translation>
    </message>
    <message>
        <source>What the reference&apos;s facts say of the stack&apos;s reach: its routes into PyTorch and vLLM, MLPerf results, models running on it and developers, each with its source, date and grade. No stack is ranked above another.</source>
        <translation>Ce que disent les faits des données de référence sur la portée de la pile logicielle&#xa0;: ses voies d&apos;accès à PyTorch et vLLM, ses résultats MLPerf, les modèles qui y tournent et ses développeurs, chacun avec sa source, sa date et son niveau de confiance. Aucune pile logicielle n&apos;est classée au-dessus d&apos;une autre.</translation>
    </message>
    <message>
        <source>the reference has no software stack for %1</source>
        <translation>les données de référence ne contiennent aucune pile logicielle pour %1</translation>
    </message>
    <message>
        <source>latest: %1 (%2)</source>
        <translation>dernière&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>latest version not found</source>
        <translation>dernière version non trouvée</translation>
    </message>
    <message>
        <source>ChipLens reference, summary of %1</source>
        <translation>Données de référence ChipLens, synthèse de %1</translation>
    </message>
    <message>
        <source>The reference&apos;s summary of the stack says this; no fact of its own is filed under this row (its facts are listed with the stack).</source>
        <translation>C&apos;est ce qu&apos;indique la synthèse de la pile logicielle dans les données de référence&#xa0;; aucun fait propre n&apos;est classé sous cette ligne (ses faits sont listés avec la pile logicielle).</translation>
    </message>
    <message>
        <source>MLPerf</source>
        <translation>MLPerf</translation>
    </message>
    <message>
        <source>models</source>
        <translation>modèles</translation>
    </message>
    <message>
        <source>developers</source>
        <translation>développeurs</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>CUDA itself</source>
        <translation>CUDA lui-même</translation>
    </message>
    <message>
        <source>vendor-measured pass rate</source>
        <translation>taux de réussite mesuré par le fabricant</translation>
    </message>
    <message>
        <source>compiles CUDA source</source>
        <translation>compile le code source CUDA</translation>
    </message>
    <message>
        <source>runtime API emulation</source>
        <translation>émulation de l&apos;API d&apos;exécution</translation>
    </message>
    <message>
        <source>source porting</source>
        <translation>portage du code source</translation>
    </message>
    <message>
        <source>framework-level migration only</source>
        <translation>migration au niveau des frameworks uniquement</translation>
    </message>
    <message>
        <source>none (framework plugins instead)</source>
        <translation>aucune (plugins de frameworks à la place)</translation>
    </message>
    <message>
        <source>tools: %1</source>
        <translation>outils&#xa0;: %1</translation>
    </message>
    <message>
        <source>Software: %1.</source>
        <translation>Logiciel&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (%2): PyTorch %3; vLLM %4</source>
        <translation>%1 (%2)&#xa0;: PyTorch %3&#xa0;; vLLM %4</translation>
    </message>
    <message>
        <source>; newest software event: %1 (%2)</source>
        <translation>&#xa0;; événement logiciel le plus récent&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4</source>
        <translation>%1&#xa0;: %2 — %3, %4</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Every estimate the reference holds, by period, each with what it counts and who made it; estimates that count different things are never merged or ranked.</source>
        <translation>Toutes les estimations des données de référence, par période, chacune avec ce qu&apos;elle compte et son auteur&#xa0;; les estimations qui comptent des choses différentes ne sont jamais fusionnées ni classées.</translation>
    </message>
</context>
<context>
    <name>BeyondActions</name>
    <message>
        <source>The fact was not saved</source>
        <translation>Le fait n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Edit your stack fact</source>
        <translation>Modifier votre fait sur une pile logicielle</translation>
    </message>
    <message>
        <source>Edit your supply estimate</source>
        <translation>Modifier votre estimation d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Add a stack fact</source>
        <translation>Ajouter un fait sur une pile logicielle</translation>
    </message>
    <message>
        <source>Add a supply estimate</source>
        <translation>Ajouter une estimation d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>The fact was not deleted</source>
        <translation>Le fait n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <source>Delete your stack fact</source>
        <translation>Supprimer votre fait sur une pile logicielle</translation>
    </message>
    <message>
        <source>Delete your supply estimate</source>
        <translation>Supprimer votre estimation d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stack or subject</source>
        <translation>Pile logicielle ou sujet</translation>
    </message>
    <message>
        <source>Field or metric</source>
        <translation>Champ ou indicateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Enregistré (UTC)</translation>
    </message>
    <message>
        <source>Stack fact</source>
        <translation>Fait sur une pile logicielle</translation>
    </message>
    <message>
        <source>Supply estimate</source>
        <translation>Estimation d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Your stack and supply facts</source>
        <translation>Vos faits sur les piles logicielles et l&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Add a &amp;stack fact…</source>
        <translation>Ajouter un fait sur une &amp;pile logicielle…</translation>
    </message>
    <message>
        <source>Add a supply est&amp;imate…</source>
        <translation>Ajouter une est&amp;imation d&apos;approvisionnement…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleted. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Supprimé. Édition ▸ Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Add a s&amp;tack fact…</source>
        <translation>Ajouter un fait sur une pile &amp;logicielle…</translation>
    </message>
    <message>
        <source>&amp;Your stack and supply facts…</source>
        <translation>&amp;Vos faits sur les piles et l&apos;approvisionnement…</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Export brief</source>
        <translation>Exporter la note de synthèse</translation>
    </message>
    <message>
        <source>Brief of %1</source>
        <translation>Note de synthèse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key findings, one a line</source>
        <translation>Points clés, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Key findings (generated from the figures; edit them as you like, one a line):</source>
        <translation>&amp;Points clés (générés à partir des valeurs&#xa0;; modifiables à volonté, un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restore the generated findings</source>
        <translation>&amp;Rétablir les points clés générés</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Langue de la note de synthèse</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The brief is a PDF: the file name must end in .pdf.</source>
        <translation>La note de synthèse est un PDF&#xa0;: le nom du fichier doit se terminer par .pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>CatalogActions</name>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>Add a &amp;device…</source>
        <translation>Ajouter un &amp;matériel…</translation>
    </message>
    <message>
        <source>&amp;Edit a device…</source>
        <translation>Modifier un maté&amp;riel…</translation>
    </message>
    <message>
        <source>Add a &amp;figure…</source>
        <translation>Ajouter une &amp;valeur…</translation>
    </message>
    <message>
        <source>Add a &amp;source…</source>
        <translation>Ajouter une &amp;source…</translation>
    </message>
    <message>
        <source>Edit a s&amp;ource…</source>
        <translation>Modifier une s&amp;ource…</translation>
    </message>
    <message>
        <source>Sou&amp;rces…</source>
        <translation>Sou&amp;rces…</translation>
    </message>
    <message>
        <source>Save as a &amp;named pairing or group…</source>
        <translation>Enregistrer comme paire ou groupe &amp;nommé…</translation>
    </message>
    <message>
        <source>Edit this &amp;pairing or group…</source>
        <translation>Modifier cette &amp;paire ou ce groupe…</translation>
    </message>
    <message>
        <source>De&amp;lete this pairing or group</source>
        <translation>Supprimer cette paire ou ce &amp;groupe</translation>
    </message>
    <message>
        <source>&amp;Add a figure…</source>
        <translation>&amp;Ajouter une valeur…</translation>
    </message>
    <message>
        <source>&amp;Edit this figure…</source>
        <translation>&amp;Modifier cette valeur…</translation>
    </message>
    <message>
        <source>&amp;Delete this figure</source>
        <translation>&amp;Supprimer cette valeur</translation>
    </message>
    <message>
        <source>&amp;Correct this figure…</source>
        <translation>&amp;Corriger cette valeur…</translation>
    </message>
    <message>
        <source>Cite a &amp;better source…</source>
        <translation>Citer une &amp;meilleure source…</translation>
    </message>
    <message>
        <source>Edit the de&amp;vice %1…</source>
        <translation>Modifier le maté&amp;riel %1…</translation>
    </message>
    <message>
        <source>Edit which device?</source>
        <translation>Modifier quel matériel&#xa0;?</translation>
    </message>
    <message>
        <source>The device was not saved</source>
        <translation>Le matériel n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Add device “%1”</source>
        <translation>Ajouter le matériel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit device “%1”</source>
        <translation>Modifier le matériel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saved the device “%1”. Edit ▸ Undo (Ctrl+Z) takes it back.</source>
        <translation>Matériel «&#xa0;%1&#xa0;» enregistré. Édition ▸ Annuler (Ctrl+Z) revient en arrière.</translation>
    </message>
    <message>
        <source>Edit a source</source>
        <translation>Modifier une source</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>The source was not saved</source>
        <translation>La source n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation>Ajouter la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit source “%1”</source>
        <translation>Modifier la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The figure was not saved</source>
        <translation>La valeur n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Add figure %1 for %2</source>
        <translation>Ajouter la valeur %1 pour %2</translation>
    </message>
    <message>
        <source>Edit figure %1 for %2</source>
        <translation>Modifier la valeur %1 pour %2</translation>
    </message>
    <message>
        <source>The figure was not deleted</source>
        <translation>La valeur n&apos;a pas été supprimée</translation>
    </message>
    <message>
        <source>Delete a figure</source>
        <translation>Supprimer une valeur</translation>
    </message>
    <message>
        <source>Deleted your figure. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Votre valeur est supprimée. Édition ▸ Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>The citation was not upgraded</source>
        <translation>La citation n&apos;a pas été améliorée</translation>
    </message>
    <message>
        <source>Cite a better source for %1</source>
        <translation>Citer une meilleure source pour %1</translation>
    </message>
    <message>
        <source>The figure now cites the better source; the old citation stays listed. Edit ▸ Undo (Ctrl+Z) takes it back.</source>
        <translation>La valeur cite désormais la meilleure source&#xa0;; l&apos;ancienne citation reste listée. Édition ▸ Annuler (Ctrl+Z) revient en arrière.</translation>
    </message>
    <message>
        <source>The pairing was not saved</source>
        <translation>La paire n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The pairing was not deleted</source>
        <translation>La paire n&apos;a pas été supprimée</translation>
    </message>
    <message>
        <source>Delete a pairing</source>
        <translation>Supprimer une paire</translation>
    </message>
</context>
<context>
    <name>CatalogForm</name>
    <message>
        <source>a name is required</source>
        <translation>un nom est requis</translation>
    </message>
    <message>
        <source>a vendor is required</source>
        <translation>un fabricant est requis</translation>
    </message>
    <message>
        <source>a country code such as CN, US, KR or TW is required</source>
        <translation>un code de pays tel que CN, US, KR ou TW est requis</translation>
    </message>
    <message>
        <source>only a system has a composition: set the kind to system or remove the components</source>
        <translation>seul un système a une composition&#xa0;: choisissez le type système ou retirez les composants</translation>
    </message>
    <message>
        <source>not a component</source>
        <translation>pas un composant</translation>
    </message>
    <message>
        <source>a name or a known device is required</source>
        <translation>un nom ou un matériel connu est requis</translation>
    </message>
    <message>
        <source>the count must be a whole number of at least 1, or empty</source>
        <translation>le nombre doit être un entier d&apos;au moins 1, ou vide</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <source>choose a device</source>
        <translation>choisissez un matériel</translation>
    </message>
    <message>
        <source>choose a metric</source>
        <translation>choisissez un indicateur</translation>
    </message>
    <message>
        <source>a figure needs a source: choose one or add a new source</source>
        <translation>une valeur doit avoir une source&#xa0;: choisissez-en une ou ajoutez une nouvelle source</translation>
    </message>
    <message>
        <source>a figure needs a confidence: official, third-party or reported</source>
        <translation>une valeur doit avoir une fiabilité&#xa0;: officiel, tiers ou rapporté</translation>
    </message>
    <message>
        <source>a publisher is required (who published the figure)</source>
        <translation>un éditeur est requis (qui a publié la valeur)</translation>
    </message>
    <message>
        <source>a web address starts with http:// or https:// and has no spaces</source>
        <translation>une adresse web commence par http:// ou https:// et ne contient pas d&apos;espace</translation>
    </message>
    <message>
        <source>a teammate&apos;s device (from the team library) cannot be edited here: it stays its author&apos;s; add one of your own instead</source>
        <translation>le matériel d&apos;un collègue (issu de la bibliothèque d&apos;équipe) ne peut pas être modifié ici&#xa0;: il reste à son auteur&#xa0;; ajoutez plutôt le vôtre</translation>
    </message>
    <message>
        <source>a teammate&apos;s source (from the team library) cannot be edited here: it stays its author&apos;s; add one of your own instead</source>
        <translation>la source d&apos;un collègue (issue de la bibliothèque d&apos;équipe) ne peut pas être modifiée ici&#xa0;: elle reste à son auteur&#xa0;; ajoutez plutôt la vôtre</translation>
    </message>
    <message>
        <source>a teammate&apos;s figure (from the team library) cannot be edited here: it stays its author&apos;s; add one of your own instead</source>
        <translation>la valeur d&apos;un collègue (issue de la bibliothèque d&apos;équipe) ne peut pas être modifiée ici&#xa0;: elle reste à son auteur&#xa0;; ajoutez plutôt la vôtre</translation>
    </message>
    <message>
        <source>a teammate&apos;s figure (from the team library) cannot be deleted here: it stays its author&apos;s; add one of your own instead</source>
        <translation>la valeur d&apos;un collègue (issue de la bibliothèque d&apos;équipe) ne peut pas être supprimée ici&#xa0;: elle reste à son auteur&#xa0;; ajoutez plutôt la vôtre</translation>
    </message>
    <message>
        <source>a teammate&apos;s saved comparison (from the team library) cannot be edited here: it stays its author&apos;s; add one of your own instead</source>
        <translation>la comparaison enregistrée d&apos;un collègue (issue de la bibliothèque d&apos;équipe) ne peut pas être modifiée ici&#xa0;: elle reste à son auteur&#xa0;; ajoutez plutôt la vôtre</translation>
    </message>
    <message>
        <source>a teammate&apos;s saved comparison (from the team library) cannot be deleted here: it stays its author&apos;s; add one of your own instead</source>
        <translation>la comparaison enregistrée d&apos;un collègue (issue de la bibliothèque d&apos;équipe) ne peut pas être supprimée ici&#xa0;: elle reste à son auteur&#xa0;; ajoutez plutôt la vôtre</translation>
    </message>
    <message>
        <source>write the date as YYYY, YYYY-MM or YYYY-MM-DD (or n.d. if it has none)</source>
        <translation>écrivez la date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ (ou n.d. si elle n&apos;en a pas)</translation>
    </message>
    <message>
        <source>each device may appear only once</source>
        <translation>chaque matériel ne peut figurer qu&apos;une fois</translation>
    </message>
    <message>
        <source>the baseline must be one of the devices</source>
        <translation>la référence doit être l&apos;un des matériels</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>aucun nombre</translation>
    </message>
    <message>
        <source>empty: type a number, with or without a unit</source>
        <translation>vide&#xa0;: tapez un nombre, avec ou sans unité</translation>
    </message>
    <message>
        <source>title is required</source>
        <translation>un titre est requis</translation>
    </message>
    <message>
        <source>%1 is not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 n&apos;est pas une date&#xa0;: écrivez AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 is not a number (a letter O or l in place of a digit?)</source>
        <translation>%1 n&apos;est pas un nombre (une lettre O ou l à la place d&apos;un chiffre&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>this metric has no unit: type the number alone, without %1</source>
        <translation>cet indicateur n&apos;a pas d&apos;unité&#xa0;: tapez le nombre seul, sans %1</translation>
    </message>
    <message>
        <source>unknown unit %1: use %2 or a multiple of it</source>
        <translation>unité inconnue %1&#xa0;: utilisez %2 ou l&apos;un de ses multiples</translation>
    </message>
    <message>
        <source>%1 already names another device (%2)</source>
        <translation>%1 désigne déjà un autre matériel (%2)</translation>
    </message>
    <message>
        <source>%1 is computed by ChipLens (%2): enter its inputs instead</source>
        <translation>%1 est calculé par ChipLens (%2)&#xa0;: saisissez plutôt ses données d&apos;entrée</translation>
    </message>
    <message>
        <source>choose 2 to %1 devices</source>
        <translation>choisissez de 2 à %1 matériels</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>source inconnue %1</translation>
    </message>
    <message>
        <source>source %1: publisher is required</source>
        <translation>source %1&#xa0;: un éditeur est requis</translation>
    </message>
    <message>
        <source>source %1: URL %2 is not a well-formed http(s) address</source>
        <translation>source %1&#xa0;: l&apos;URL %2 n&apos;est pas une adresse http(s) bien formée</translation>
    </message>
    <message>
        <source>date %1 is not a valid date written YYYY-MM-DD</source>
        <translation>la date %1 n&apos;est pas une date valide au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>a month-precision date must be the first day of the month (%1), not %2</source>
        <translation>une date précise au mois doit être le premier jour du mois (%1), pas %2</translation>
    </message>
    <message>
        <source>a quarter-precision date must be the first day of a quarter (%1-01-01, -04-01, -07-01 or -10-01), not %2</source>
        <translation>une date précise au trimestre doit être le premier jour d&apos;un trimestre (%1-01-01, -04-01, -07-01 ou -10-01), pas %2</translation>
    </message>
    <message>
        <source>a year-precision date must be 1 January (%1-01-01), not %2</source>
        <translation>une date précise à l&apos;année doit être le 1er janvier (%1-01-01), pas %2</translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <source>Cite a better source</source>
        <translation>Citer une meilleure source</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Actuellement&#xa0;:</translation>
    </message>
    <message>
        <source>The figure keeps its number, basis, producer and confidence, read on the page you choose. The figure as it is now stays listed as an alternative.</source>
        <translation>La valeur conserve son nombre, sa base, son origine et sa confiance, mais est désormais lue sur la page que vous choisissez. La valeur actuelle reste listée comme alternative.</translation>
    </message>
    <message>
        <source>Better source</source>
        <translation>Meilleure source</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>&amp;Nouvelle source…</translation>
    </message>
    <message>
        <source>Carrier quality</source>
        <translation>Qualité du support</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Read on</source>
        <translation>&amp;Lu sur</translation>
    </message>
    <message>
        <source>— choose the better source —</source>
        <translation>— choisir la meilleure source —</translation>
    </message>
    <message>
        <source>choose the page the figure was read on, or add it with New source</source>
        <translation>choisissez la page sur laquelle la valeur a été lue, ou ajoutez-la avec Nouvelle source</translation>
    </message>
    <message>
        <source>the figure already cites this source: choose a better one</source>
        <translation>la valeur cite déjà cette source&#xa0;: choisissez-en une meilleure</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 is not a date: use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>%1 n’est pas une date&#xa0;: écrivez AAAA-MM-JJ, AAAA-MM, AAAA-Tn ou AAAA</translation>
    </message>
    <message>
        <source>language of the messages, of the help and of exports: en, fr or zh_CN (default: the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG); JSON keys and CSV headers stay English</source>
        <translation>langue des messages, de l’aide et des exports&#xa0;: en, fr ou zh_CN (par défaut&#xa0;: celle de la locale&#xa0;: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)&#xa0;; les clés JSON et les en-têtes CSV restent en anglais</translation>
    </message>
    <message>
        <source>Compare AI accelerators and rack-scale systems side by side, with sources. Without a command, opens the window.</source>
        <translation>Compare côte à côte accélérateurs d’IA et systèmes à l’échelle du rack, avec leurs sources. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>folder holding the database (default: the user data folder; also CHIPLENS_DATA_DIR)</source>
        <translation>dossier de la base de données (par défaut&#xa0;: le dossier des données de l’utilisateur&#xa0;; aussi CHIPLENS_DATA_DIR)</translation>
    </message>
    <message>
        <source>start the window and exit 0 as soon as the default comparison (or also its chart) is painted, skipping teardown (for benchmarks and smoke tests)</source>
        <translation>ouvre la fenêtre et quitte avec le code 0 dès que la comparaison par défaut (ou aussi son graphique) est affichée, sans fermeture ordonnée (pour les mesures de performance et les tests de fumée)</translation>
    </message>
    <message>
        <source>open the window on this comparison</source>
        <translation>ouvre la fenêtre sur cette comparaison</translation>
    </message>
    <message>
        <source>start with default settings (your settings file is left as it is)</source>
        <translation>démarre avec les réglages par défaut (votre fichier de réglages reste tel quel)</translation>
    </message>
    <message>
        <source>list chips, systems or pairings</source>
        <translation>liste les puces, les systèmes ou les paires</translation>
    </message>
    <message>
        <source>compare 2 to 4 devices (names, slugs or aliases such as 910C, H100, CM384)</source>
        <translation>compare 2 à 4 matériels (noms, identifiants ou alias tels que 910C, H100, CM384)</translation>
    </message>
    <message>
        <source>a third and fourth device</source>
        <translation>un troisième et un quatrième matériel</translation>
    </message>
    <message>
        <source>the device ratios are taken against (default: the second)</source>
        <translation>le matériel de référence des rapports (par défaut&#xa0;: le deuxième)</translation>
    </message>
    <message>
        <source>split a board&apos;s or superchip&apos;s figures per accelerator package (÷ the packages it holds)</source>
        <translation>répartit les valeurs d’une carte ou d’une superpuce par boîtier d’accélérateur (÷ le nombre de boîtiers qu’elle contient)</translation>
    </message>
    <message>
        <source>list policy-timeline events (export controls, procurement rules, launches)</source>
        <translation>liste les événements de la chronologie des politiques (contrôles à l’exportation, règles d’achat public, lancements)</translation>
    </message>
    <message>
        <source>events that end on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)</source>
        <translation>les événements qui finissent à DATE ou après (YYYY-MM-DD, YYYY-MM, YYYY-Qn ou YYYY)</translation>
    </message>
    <message>
        <source>events that start on or before DATE (a month or year counts to its last day)</source>
        <translation>les événements qui commencent à DATE ou avant (un mois ou une année compte jusqu’à son dernier jour)</translation>
    </message>
    <message>
        <source>one of %(choices)s; repeat to allow several</source>
        <translation>l’une des valeurs %(choices)s&#xa0;; à répéter pour en admettre plusieurs</translation>
    </message>
    <message>
        <source>events about this device (name, slug or alias such as H20)</source>
        <translation>les événements qui concernent ce matériel (nom, identifiant ou alias tel que H20)</translation>
    </message>
    <message>
        <source>analyst notes: add, list, search, export, import</source>
        <translation>notes de l’analyste&#xa0;: ajouter, lister, chercher, exporter, importer</translation>
    </message>
    <message>
        <source>add a note; prints its uid</source>
        <translation>ajoute une note&#xa0;; affiche son uid</translation>
    </message>
    <message>
        <source>the body (Markdown) from FILE, or - for standard input</source>
        <translation>le corps (Markdown) lu dans FILE, ou - pour l’entrée standard</translation>
    </message>
    <message>
        <source>repeat for several tags</source>
        <translation>à répéter pour plusieurs étiquettes</translation>
    </message>
    <message>
        <source>device:SLUG, pairing:SLUG, event:UID or source:KEY; repeat for several</source>
        <translation>device:SLUG, pairing:SLUG, event:UID ou source:KEY&#xa0;; à répéter pour plusieurs</translation>
    </message>
    <message>
        <source>share the note with the team library from the next sync (notes are private otherwise)</source>
        <translation>partage la note avec la bibliothèque d’équipe dès la prochaine synchronisation (sinon, les notes sont privées)</translation>
    </message>
    <message>
        <source>share a note with the team library from the next sync</source>
        <translation>partage une note avec la bibliothèque d’équipe dès la prochaine synchronisation</translation>
    </message>
    <message>
        <source>the note&apos;s uid (chiplens notes list)</source>
        <translation>l’uid de la note (chiplens notes list)</translation>
    </message>
    <message>
        <source>list notes, newest first</source>
        <translation>liste les notes, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>only notes with this tag</source>
        <translation>seulement les notes qui portent cette étiquette</translation>
    </message>
    <message>
        <source>only notes linked to this device (name, slug or alias)</source>
        <translation>seulement les notes liées à ce matériel (nom, identifiant ou alias)</translation>
    </message>
    <message>
        <source>list the notes in the trash instead</source>
        <translation>liste plutôt les notes de la corbeille</translation>
    </message>
    <message>
        <source>full-text search (words as prefixes; Chinese as runs of characters)</source>
        <translation>recherche en texte intégral (les mots comme préfixes&#xa0;; le chinois par suites de caractères)</translation>
    </message>
    <message>
        <source>write each note to a Markdown file with front matter</source>
        <translation>écrit chaque note dans un fichier Markdown avec son en-tête de métadonnées (front matter)</translation>
    </message>
    <message>
        <source>replace files of the same name already in DIR (without it, an export that would replace one writes nothing and names them)</source>
        <translation>remplace les fichiers de même nom déjà présents dans DIR (sans cette option, un export qui en remplacerait un n’écrit rien et les nomme)</translation>
    </message>
    <message>
        <source>import Markdown notes (a folder or a file); re-importing creates no duplicates</source>
        <translation>importe des notes Markdown (un dossier ou un fichier)&#xa0;; les réimporter ne crée pas de doublons</translation>
    </message>
    <message>
        <source>export data (JSON, CSV), or a view as a picture (PNG, SVG, PDF)</source>
        <translation>exporte les données (JSON, CSV) ou une vue en image (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <source>the whole catalog as a data pack (.json) or its figures (.csv)</source>
        <translation>tout le catalogue en paquet de données (.json) ou ses valeurs (.csv)</translation>
    </message>
    <message>
        <source>the comparison of 2 to 4 devices: table and chart, with a caption</source>
        <translation>la comparaison de 2 à 4 matériels&#xa0;: tableau et graphique, avec une légende</translation>
    </message>
    <message>
        <source>2 to 4 names, slugs or aliases (910C, H100, CM384)</source>
        <translation>2 à 4 noms, identifiants ou alias (910C, H100, CM384)</translation>
    </message>
    <message>
        <source>the table and the chart (default), or either alone</source>
        <translation>le tableau et le graphique (par défaut), ou l’un des deux seul</translation>
    </message>
    <message>
        <source>the policy timeline (lanes by jurisdiction), with a caption</source>
        <translation>la chronologie des politiques (un couloir par juridiction), avec une légende</translation>
    </message>
    <message>
        <source>first day shown (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY; default: the first event&apos;s year)</source>
        <translation>premier jour affiché (YYYY-MM-DD, YYYY-MM, YYYY-Qn ou YYYY&#xa0;; par défaut&#xa0;: l’année du premier événement)</translation>
    </message>
    <message>
        <source>last day shown (default: the last event&apos;s year)</source>
        <translation>dernier jour affiché (par défaut&#xa0;: l’année du dernier événement)</translation>
    </message>
    <message>
        <source>only events about this device</source>
        <translation>seulement les événements qui concernent ce matériel</translation>
    </message>
    <message>
        <source>repeat for several</source>
        <translation>à répéter pour plusieurs</translation>
    </message>
    <message>
        <source>the export-control map: every chip against the rules in force that day</source>
        <translation>la carte des contrôles à l’exportation&#xa0;: chaque puce face aux règles en vigueur ce jour-là</translation>
    </message>
    <message>
        <source>the day (YYYY-MM-DD; default: today)</source>
        <translation>le jour (YYYY-MM-DD&#xa0;; par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>ring a device (repeat for several)</source>
        <translation>entoure un matériel (à répéter pour plusieurs)</translation>
    </message>
    <message>
        <source>China&apos;s AI-accelerator market shares by vendor and year, one line per source (IDC, TrendForce, Bernstein), with its sources</source>
        <translation>les parts de marché des accélérateurs d’IA en Chine par fabricant et par année, une ligne par source (IDC, TrendForce, Bernstein), avec ses sources</translation>
    </message>
    <message>
        <source>%1 is not a scale: use 1, 2, 3 or a number such as 1.5</source>
        <translation>%1 n’est pas une échelle&#xa0;: écrivez 1, 2, 3 ou un nombre tel que 1.5</translation>
    </message>
    <message>
        <source>FILE.png, FILE.svg or FILE.pdf</source>
        <translation>FILE.png, FILE.svg ou FILE.pdf</translation>
    </message>
    <message>
        <source>pixels per logical pixel of a PNG (1, 2, 3, or e.g. 1.5); an SVG&apos;s displayed size</source>
        <translation>pixels par pixel logique d’un PNG (1, 2, 3 ou par exemple 1.5)&#xa0;; la taille affichée d’un SVG</translation>
    </message>
    <message>
        <source>width of the picture in logical pixels (default 1000, and 200 more for each compared device past two; a PNG is PX × N pixels wide)</source>
        <translation>largeur de l’image en pixels logiques (par défaut 1000, plus 200 par matériel comparé au-delà de deux&#xa0;; un PNG mesure PX × N pixels de large)</translation>
    </message>
    <message>
        <source>screen: the app&apos;s colours; print: white paper, dark text, colour-blind-safe and greyscale-safe (patterns and letters)</source>
        <translation>screen&#xa0;: les couleurs de l’application&#xa0;; print&#xa0;: papier blanc, texte sombre, lisible par les daltoniens et en niveaux de gris (motifs et lettres)</translation>
    </message>
    <message>
        <source>leave out the caption (title, units, sources, date, version, credits)</source>
        <translation>sans la légende (titre, unités, sources, date, version, crédits)</translation>
    </message>
    <message>
        <source>the PDF brief of 2 to 4 devices or a saved pairing: key findings, table, chart, timeline, notes, sources</source>
        <translation>la note de synthèse PDF de 2 à 4 matériels ou d’une paire enregistrée&#xa0;: points clés, tableau, graphique, chronologie, notes, sources</translation>
    </message>
    <message>
        <source>2 to 4 names, slugs or aliases (910C, H100, CM384), as for compare</source>
        <translation>2 à 4 noms, identifiants ou alias (910C, H100, CM384), comme pour compare</translation>
    </message>
    <message>
        <source>a saved pairing&apos;s slug instead (chiplens list pairings)</source>
        <translation>à la place, l’identifiant d’une paire enregistrée (chiplens list pairings)</translation>
    </message>
    <message>
        <source>the key findings from FILE (UTF-8 text, one a line) instead of the generated ones</source>
        <translation>les points clés lus dans FILE (texte UTF-8, un par ligne) au lieu de ceux qui sont générés</translation>
    </message>
    <message>
        <source>warning: the day&apos;s backup could not be made. %1</source>
        <translation>avertissement&#xa0;: la sauvegarde du jour n’a pas pu être faite. %1</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>the file name must end in .json or .csv</source>
        <translation>le nom du fichier doit se terminer par .json ou .csv</translation>
    </message>
    <message>
        <source>exported %1 values to %2</source>
        <translation>%1 valeurs exportées dans %2</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>à vous</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>(%1 better)</source>
        <translation>(%1 meilleur)</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <source>Ratios against %1; ▲ the best figure among those comparable.</source>
        <translation>Rapports à %1&#xa0;; ▲ la meilleure valeur parmi celles qui sont comparables.</translation>
    </message>
    <message>
        <source>O official · T third-party · R reported · ƒ derived (formula in --format json) · ≠ sources disagree by more than %1</source>
        <translation>O officiel · T tiers · R rapporté · ƒ dérivé (formule dans --format json) · ≠ les sources divergent de plus de %1</translation>
    </message>
    <message>
        <source>give 2 to 4 devices, not %1</source>
        <translation>indiquez 2 à 4 matériels, pas %1</translation>
    </message>
    <message>
        <source>%1 is not a date: use YYYY-MM-DD</source>
        <translation>%1 n’est pas une date&#xa0;: écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>which export-control rules catch which devices on a date: TPP, performance density and each rule&apos;s verdict with its margin</source>
        <translation>quelles règles de contrôle à l’exportation visent quels matériels à une date&#xa0;: TPP, densité de performance et verdict de chaque règle avec sa marge</translation>
    </message>
    <message>
        <source>names, slugs or aliases (910C, H20, CM384)</source>
        <translation>noms, identifiants ou alias (910C, H20, CM384)</translation>
    </message>
    <message>
        <source>every device of the catalog</source>
        <translation>tous les matériels du catalogue</translation>
    </message>
    <message>
        <source>the date (YYYY-MM-DD; default today)</source>
        <translation>la date (YYYY-MM-DD&#xa0;; par défaut aujourd’hui)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>No rule in force on this date.</source>
        <translation>Aucune règle en vigueur à cette date.</translation>
    </message>
    <message>
        <source>%1 more rule(s) in force with no chip test (licence policy, guidance, purchases).</source>
        <translation>%1 autre(s) règle(s) en vigueur sans critère sur les puces (politique de licences, orientations, achats).</translation>
    </message>
    <message>
        <source>%1 rule(s) not in force on %2.</source>
        <translation>%1 règle(s) non en vigueur le %2.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Caught by (in force)</source>
        <translation>Visé par (en vigueur)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Non tranché</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 devices on %2; `chiplens controls DEVICE` shows the margins.</source>
        <translation>%1 matériels au %2&#xa0;; `chiplens controls DEVICE` montre les marges.</translation>
    </message>
    <message>
        <source>give one or more devices, or --all (not both)</source>
        <translation>indiquez un ou plusieurs matériels, ou --all (pas les deux)</translation>
    </message>
    <message>
        <source>● meets  ○ misses  ◐ depends on which reported figure holds  ? cannot be decided  * whatever the unknown figure  ⚠ threshold unverified</source>
        <translation>● atteint  ○ n’atteint pas  ◐ dépend de la valeur rapportée retenue  ? indécidable  * quelle que soit la valeur inconnue  ⚠ seuil non vérifié</translation>
    </message>
    <message>
        <source>the bundled data release: what changed in the data</source>
        <translation>la version des données fournie&#xa0;: ce qui a changé dans les données</translation>
    </message>
    <message>
        <source>devices, figures and events added, figures changed (old → new, with their sources), disagreements opened or resolved</source>
        <translation>matériels, valeurs et événements ajoutés, valeurs modifiées (ancienne → nouvelle, avec leurs sources), désaccords ouverts ou résolus</translation>
    </message>
    <message>
        <source>list the changes since this data release (default: the release this store held before its last upgrade)</source>
        <translation>liste les changements depuis cette version des données (par défaut&#xa0;: celle que contenait la base de données avant sa dernière mise à jour)</translation>
    </message>
    <message>
        <source>this build carries no data release (resources/seed/release.json).</source>
        <translation>cette version ne contient aucune publication de données (resources/seed/release.json).</translation>
    </message>
    <message>
        <source>no data release %1; the releases are: %2</source>
        <translation>aucune publication de données %1&#xa0;; les publications sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>check, back up and restore the database</source>
        <translation>vérifie, sauvegarde et restaure la base de données</translation>
    </message>
    <message>
        <source>check the database (damage, locks, a crash&apos;s journal, schema, write access); changes nothing; each condition has its exit code</source>
        <translation>vérifie la base de données (dommages, verrous, journal laissé par un plantage, schéma, accès en écriture)&#xa0;; ne modifie rien&#xa0;; chaque état a son code de sortie</translation>
    </message>
    <message>
        <source>Check the database without changing it: is it damaged, busy (another program writing: which one, where the system tells), read-only, left with a crash&apos;s -journal, or from a newer ChipLens? Says what to do about each.</source>
        <translation>Vérifie la base de données sans la modifier&#xa0;: est-elle endommagée, occupée (un autre programme y écrit&#xa0;: lequel, si le système le dit), en lecture seule, laissée avec le -journal d’un plantage, ou écrite par un ChipLens plus récent&#xa0;? Dit que faire dans chaque cas.</translation>
    </message>
    <message>
        <source>back the database up (to the backups folder, or to FILE)</source>
        <translation>sauvegarde la base de données (dans le dossier des sauvegardes, ou dans FILE)</translation>
    </message>
    <message>
        <source>write the backup to FILE (must not exist yet)</source>
        <translation>écrit la sauvegarde dans FILE (qui ne doit pas encore exister)</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>liste les sauvegardes, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>restore a backup file, or LATEST (the newest good one); the current database is backed up first</source>
        <translation>restaure un fichier de sauvegarde, ou LATEST (la plus récente qui soit saine)&#xa0;; la base de données actuelle est d’abord sauvegardée</translation>
    </message>
    <message>
        <source>move the database aside (kept, renamed) and start with a fresh one</source>
        <translation>met la base de données de côté (conservée, renommée) et repart d’une base neuve</translation>
    </message>
    <message>
        <source>ChipLens is running with the data folder %1 (process %2). Close its window first, or use File &gt; Backups… in that window.</source>
        <translation>ChipLens est ouvert avec le dossier de données %1 (processus %2). Fermez d’abord sa fenêtre, ou utilisez Fichier &gt; Sauvegardes… dans cette fenêtre.</translation>
    </message>
    <message>
        <source>no backups yet in %1</source>
        <translation>aucune sauvegarde pour l’instant dans %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>not backed up: %1</source>
        <translation>non sauvegardée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>restauration depuis %1 effectuée</translation>
    </message>
    <message>
        <source>the database as it was is backed up in %1</source>
        <translation>la base de données telle qu’elle était est sauvegardée dans %1</translation>
    </message>
    <message>
        <source>the damaged database was moved aside (kept) to %1</source>
        <translation>la base de données endommagée a été mise de côté (conservée) dans %1</translation>
    </message>
    <message>
        <source>fresh database: %1</source>
        <translation>nouvelle base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>the previous one was moved aside (kept) to %1</source>
        <translation>la précédente a été mise de côté (conservée) dans %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jur.</source>
        <translation>Jur.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>no event matches these filters</source>
        <translation>aucun événement ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>import data: Epoch AI&apos;s ml_hardware.csv, a ChipLens CSV or a JSON data pack (from `export data`); shows what is added, changed, skipped and removed</source>
        <translation>importe des données&#xa0;: le ml_hardware.csv d’Epoch AI, un CSV ChipLens ou un paquet de données JSON (issu de `export data`)&#xa0;; montre ce qui est ajouté, modifié, ignoré et supprimé</translation>
    </message>
    <message>
        <source>the file&apos;s format (default: detected)</source>
        <translation>le format du fichier (par défaut&#xa0;: détecté)</translation>
    </message>
    <message>
        <source>show what the import would do; write nothing</source>
        <translation>montre ce que ferait l’import&#xa0;; n’écrit rien</translation>
    </message>
    <message>
        <source>import the valid rows of a file that has errors (listed) instead of refusing it</source>
        <translation>importe les lignes valides d’un fichier qui contient des erreurs (listées) au lieu de le refuser</translation>
    </message>
    <message>
        <source>also import the figures held as unit suspect (8, 1,000 or 1,024 times off the other sources of the same device), as the file gives them</source>
        <translation>importe aussi les valeurs retenues comme suspectes d’erreur d’unité (8, 1&#x202f;000 ou 1&#x202f;024 fois à l’écart des autres sources du même matériel), telles que le fichier les donne</translation>
    </message>
    <message>
        <source>new devices (%1): %2</source>
        <translation>nouveaux matériels (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped (--valid-only)</source>
        <translation>ignorée (--valid-only)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>%1 error(s) in %2; nothing was imported. Fix the file, or run again with --valid-only to import the other rows.</source>
        <translation>%1 erreur(s) dans %2&#xa0;; rien n’a été importé. Corrigez le fichier, ou relancez avec --valid-only pour importer les autres lignes.</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>essai à blanc&#xa0;: rien n’a été écrit</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 new devices</source>
        <translation>%1 nouveaux matériels</translation>
    </message>
    <message>
        <source>added %1, changed %2, skipped %3, removed %4, errors %5, held %6</source>
        <translation>ajoutées %1, modifiées %2, ignorées %3, supprimées %4, erreurs %5, retenues %6</translation>
    </message>
    <message>
        <source>added %1, changed %2, skipped %3, removed %4, errors %5</source>
        <translation>ajoutées %1, modifiées %2, ignorées %3, supprimées %4, erreurs %5</translation>
    </message>
    <message>
        <source>warning: %1 figure(s) held as unit suspect (marked ?) were not imported; check them, then run again with --accept-suspect to import them as the file gives them</source>
        <translation>avertissement&#xa0;: %1 valeur(s) retenue(s) pour unité douteuse (marquées ?) n’ont pas été importées&#xa0;; vérifiez-les, puis relancez avec --accept-suspect pour les importer telles que le fichier les donne</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(introuvable)</translation>
    </message>
    <message>
        <source>--title must not be empty</source>
        <translation>--title ne doit pas être vide</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>pas du texte UTF-8</translation>
    </message>
    <message>
        <source>shared with the team: it goes at the next sync (chiplens team sync)</source>
        <translation>partagée avec l’équipe&#xa0;: elle partira à la prochaine synchronisation (chiplens team sync)</translation>
    </message>
    <message>
        <source>shared with the team: it goes at the first sync once this store is connected to a team library (chiplens team connect CONNINFO)</source>
        <translation>partagée avec l’équipe&#xa0;: elle partira à la première synchronisation, une fois cette base de données connectée à une bibliothèque d’équipe (chiplens team connect CONNINFO)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Uid</source>
        <translation>Uid</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <source>--limit must be at least 1</source>
        <translation>--limit doit valoir au moins 1</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>no note matches %1</source>
        <translation>aucune note ne correspond à %1</translation>
    </message>
    <message>
        <source>%1 already holds %2 file(s) of the same name as the notes; nothing was written:
%3
Run again with --force to replace them.</source>
        <translation>%1 contient déjà %2 fichier(s) du même nom que les notes&#xa0;; rien n’a été écrit&#xa0;:
%3
Relancez avec --force pour les remplacer.</translation>
    </message>
    <message>
        <source>exported %1 notes to %2</source>
        <translation>%1 notes exportées dans %2</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>created %1, updated %2, unchanged %3</source>
        <translation>%1 créée(s), %2 modifiée(s), %3 inchangée(s)</translation>
    </message>
    <message>
        <source>no note with uid %1 (chiplens notes list shows them)</source>
        <translation>aucune note avec l’uid %1 (chiplens notes list les affiche)</translation>
    </message>
    <message>
        <source>the brief is a PDF: the file name must end in .pdf</source>
        <translation>la note de synthèse est un PDF&#xa0;: le nom du fichier doit se terminer par .pdf</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>write the day as YYYY-MM-DD</source>
        <translation>écrivez le jour sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est après --to %2</translation>
    </message>
    <message>
        <source>give 2 to 4 devices (chiplens report 910c h100 -o brief.pdf) or --pairing SLUG, not both</source>
        <translation>indiquez 2 à 4 matériels (chiplens report 910c h100 -o brief.pdf) ou --pairing SLUG, pas les deux</translation>
    </message>
    <message>
        <source>give 2 to 4 devices or --pairing SLUG</source>
        <translation>indiquez 2 à 4 matériels ou --pairing SLUG</translation>
    </message>
    <message>
        <source>--baseline goes with devices; a saved pairing keeps its own baseline</source>
        <translation>--baseline s’utilise avec des matériels&#xa0;; une paire enregistrée garde sa propre référence</translation>
    </message>
    <message>
        <source>no pairing %1; known pairings: %2</source>
        <translation>aucune paire %1&#xa0;; paires connues&#xa0;: %2</translation>
    </message>
    <message>
        <source>copy every readable row of a damaged database into a new one, which takes its place (the damaged file is kept); exit 3 if rows were lost</source>
        <translation>copie chaque ligne lisible d’une base de données endommagée dans une nouvelle, qui prend sa place (le fichier endommagé est conservé)&#xa0;; code de sortie 3 si des lignes ont été perdues</translation>
    </message>
    <message>
        <source>restore the latest good backup instead and merge into it the salvaged rows of yours that it lacks or has older</source>
        <translation>restaure plutôt la dernière sauvegarde saine et y fusionne celles de vos lignes récupérées qui lui manquent ou qu’elle a en version plus ancienne</translation>
    </message>
    <message>
        <source>there is no database to salvage: %1</source>
        <translation>il n’y a aucune base de données à récupérer&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database is healthy; nothing to salvage: %1</source>
        <translation>la base de données est saine&#xa0;; rien à récupérer&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no good backup to merge into (in %1); run &apos;chiplens db salvage&apos; without --merge to use the salvaged rows as they are</source>
        <translation>il n’y a aucune sauvegarde saine avec laquelle fusionner (dans %1)&#xa0;; lancez &apos;chiplens db salvage&apos; sans --merge pour utiliser les lignes récupérées telles quelles</translation>
    </message>
    <message>
        <source>restored %1 and merged the salvaged rows into %2</source>
        <translation>restauration depuis %1 effectuée, lignes récupérées fusionnées dans %2</translation>
    </message>
    <message>
        <source>the salvaged store is kept in %1</source>
        <translation>la base de données récupérée est conservée dans %1</translation>
    </message>
    <message>
        <source>the salvaged store is now the database: %1</source>
        <translation>la base de données récupérée est désormais la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>every source with its kind, carrier quality, the figures resting on it and the devices whose headline figure it gives</source>
        <translation>chaque source avec son type, la qualité de son support, les valeurs qui reposent sur elle et les matériels dont elle donne la valeur phare</translation>
    </message>
    <message>
        <source>only the sources with figures read on a weak relay (aggregators, wikis, reseller blogs, mirrors)</source>
        <translation>seulement les sources dont des valeurs ont été lues sur un relais peu fiable (agrégateurs, wikis, blogs de revendeurs, miroirs)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Peu fiables</translation>
    </message>
    <message>
        <source>Headline devices</source>
        <translation>Matériels phares</translation>
    </message>
    <message>
        <source>the software stacks side by side: how each reaches PyTorch, JAX, vLLM, SGLang, llama.cpp, Triton…, its CUDA compatibility and openness, sourced</source>
        <translation>les piles logicielles côte à côte&#xa0;: comment chacune accède à PyTorch, JAX, vLLM, SGLang, llama.cpp, Triton…, sa compatibilité CUDA et son ouverture, sources à l’appui</translation>
    </message>
    <message>
        <source>one side&apos;s stacks only</source>
        <translation>seulement les piles logicielles d’un camp</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Matériels</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>the software stacks matrix, with a legend of route kinds and a caption</source>
        <translation>la matrice des piles logicielles, avec l’explication des types de voie et une légende</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>supply facts (output, yields, node, fab capacity, HBM, market share, revenue, funding), each estimate with its unit, what it counts and its source</source>
        <translation>les faits d’approvisionnement (production, rendements, nœud de gravure, capacité des usines, HBM, part de marché, chiffre d’affaires, financement), chaque estimation avec son unité, ce qu’elle compte et sa source</translation>
    </message>
    <message>
        <source>words that must all appear in the subject (huawei, &apos;ascend 910c&apos;, smic); all: every fact</source>
        <translation>des mots qui doivent tous figurer dans le sujet (huawei, &apos;ascend 910c&apos;, smic)&#xa0;; all&#xa0;: tous les faits</translation>
    </message>
    <message>
        <source>one kind of fact: %1</source>
        <translation>un type de fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown metric %1: use one of %2</source>
        <translation>indicateur inconnu %1&#xa0;: utilisez l’un de %2</translation>
    </message>
    <message>
        <source>no supply fact of kind %1 names %2</source>
        <translation>aucun fait d’approvisionnement de type %1 ne nomme %2</translation>
    </message>
    <message>
        <source>no supply fact of kind %1</source>
        <translation>aucun fait d’approvisionnement de type %1</translation>
    </message>
    <message>
        <source>no supply fact names %1</source>
        <translation>aucun fait d’approvisionnement ne nomme %1</translation>
    </message>
    <message>
        <source>no supply fact</source>
        <translation>aucun fait d’approvisionnement</translation>
    </message>
    <message>
        <source>the team library: connect, sync, conflicts, members</source>
        <translation>la bibliothèque d’équipe&#xa0;: connexion, synchronisation, conflits, membres</translation>
    </message>
    <message>
        <source>connect this store to a team library; prints where, as whom, which role</source>
        <translation>connecte cette base de données à une bibliothèque d’équipe&#xa0;; affiche où, sous quel nom, avec quel rôle</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE, libpq keywords (host=... dbname=... user=...) or service=NAME</source>
        <translation>postgresql://USER@HOST:PORT/DATABASE, des mots-clés libpq (host=... dbname=... user=...) ou service=NAME</translation>
    </message>
    <message>
        <source>keep the password in the system keyring (without one, libpq&apos;s ~/.pgpass is read)</source>
        <translation>conserve le mot de passe dans le trousseau de clés du système (sans trousseau, le ~/.pgpass de libpq est lu)</translation>
    </message>
    <message>
        <source>stop syncing this store (its queue, conflicts and the team&apos;s rows stay)</source>
        <translation>arrête de synchroniser cette base de données (sa file d’attente, ses conflits et les lignes de l’équipe restent)</translation>
    </message>
    <message>
        <source>where, as whom, which role, last sync, queued changes, open conflicts</source>
        <translation>où, sous quel nom, avec quel rôle, dernière synchronisation, changements en attente, conflits non résolus</translation>
    </message>
    <message>
        <source>as JSON (English keys)</source>
        <translation>en JSON (clés en anglais)</translation>
    </message>
    <message>
        <source>push the queued changes, then pull what teammates changed</source>
        <translation>envoie les changements en attente, puis reçoit ceux des coéquipiers</translation>
    </message>
    <message>
        <source>the conflicts kept by syncs, not yet settled</source>
        <translation>les conflits gardés par les synchronisations, pas encore résolus</translation>
    </message>
    <message>
        <source>as JSON, with both versions</source>
        <translation>en JSON, avec les deux versions</translation>
    </message>
    <message>
        <source>settle a conflict: keep mine, theirs, or mine as a copy</source>
        <translation>résout un conflit&#xa0;: garder ma version, la leur, ou la mienne comme copie</translation>
    </message>
    <message>
        <source>the conflict&apos;s id (chiplens team conflicts)</source>
        <translation>l’id du conflit (chiplens team conflicts)</translation>
    </message>
    <message>
        <source>mine: send mine over theirs; theirs: take the library&apos;s; copy: take theirs and keep mine apart as a copy of its own</source>
        <translation>mine&#xa0;: envoie ma version par-dessus la leur&#xa0;; theirs&#xa0;: prend celle de la bibliothèque&#xa0;; copy&#xa0;: prend la leur et garde la mienne à part, comme une copie distincte</translation>
    </message>
    <message>
        <source>the library&apos;s members and their roles (an administrator&apos;s)</source>
        <translation>les membres de la bibliothèque et leurs rôles (réservé aux administrateurs)</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>en JSON</translation>
    </message>
    <message>
        <source>give a PostgreSQL login a role in the library (an administrator&apos;s)</source>
        <translation>donne à un identifiant PostgreSQL un rôle dans la bibliothèque (réservé aux administrateurs)</translation>
    </message>
    <message>
        <source>the PostgreSQL login (it must exist: CREATE ROLE ... LOGIN)</source>
        <translation>l’identifiant PostgreSQL (il doit exister&#xa0;: CREATE ROLE ... LOGIN)</translation>
    </message>
    <message>
        <source>reader (pull only), editor (add; change and delete their own rows) or admin (everything, members too)</source>
        <translation>reader (réception seulement), editor (ajouter&#xa0;; modifier et supprimer ses propres lignes) ou admin (tout, y compris les membres)</translation>
    </message>
    <message>
        <source>create or upgrade a library&apos;s schema and roles on a database (an administrator&apos;s: the database owner or a superuser)</source>
        <translation>crée ou met à jour le schéma et les rôles d’une bibliothèque sur une base de données (réservé aux administrateurs&#xa0;: le propriétaire de la base ou un superutilisateur)</translation>
    </message>
    <message>
        <source>the database, as for connect</source>
        <translation>la base de données, comme pour connect</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>lit le mot de passe sur la première ligne de l’entrée standard</translation>
    </message>
    <message>
        <source>this library instead of the store&apos;s (e.g. as an administrator: postgresql://admin@HOST/DATABASE)</source>
        <translation>cette bibliothèque au lieu de celle de la base de données (par exemple en tant qu’administrateur&#xa0;: postgresql://admin@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password (one line expected)</source>
        <translation>--password-stdin&#xa0;: l’entrée standard ne contenait aucun mot de passe (une ligne attendue)</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>rédacteur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>connected to %1 as %2 (%3)</source>
        <translation>connecté à %1 en tant que %2 (%3)</translation>
    </message>
    <message>
        <source>the system keyring did not take the password; libpq&apos;s ~/.pgpass (or PGPASSWORD) is read instead</source>
        <translation>le trousseau de clés du système n’a pas accepté le mot de passe&#xa0;; le ~/.pgpass de libpq (ou PGPASSWORD) est lu à la place</translation>
    </message>
    <message>
        <source>this computer has no system keyring: the password is not kept; libpq&apos;s ~/.pgpass (or PGPASSWORD, or the service file) is read instead</source>
        <translation>cet ordinateur n’a pas de trousseau de clés système&#xa0;: le mot de passe n’est pas conservé&#xa0;; le ~/.pgpass de libpq (ou PGPASSWORD, ou le fichier de service) est lu à la place</translation>
    </message>
    <message>
        <source>the password is not kept: later commands read it from libpq&apos;s ~/.pgpass or PGPASSWORD (or connect again with --keep-password)</source>
        <translation>le mot de passe n’est pas conservé&#xa0;: les commandes suivantes le liront dans le ~/.pgpass de libpq ou dans PGPASSWORD (ou reconnectez-vous avec --keep-password)</translation>
    </message>
    <message>
        <source>not connected to a team library (chiplens team connect CONNINFO)</source>
        <translation>non connecté à une bibliothèque d’équipe (chiplens team connect CONNINFO)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>queued changes: %1</source>
        <translation>modifications en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>open conflicts: %1</source>
        <translation>conflits non résolus&#xa0;: %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>pushing</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>pulling</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, new conflicts %3, still queued %4</source>
        <translation>envoyées %1, reçues %2, nouveaux conflits %3, encore en attente %4</translation>
    </message>
    <message>
        <source>chiplens team conflicts lists them; chiplens team resolve settles each</source>
        <translation>chiplens team conflicts les liste&#xa0;; chiplens team resolve les résout un par un</translation>
    </message>
    <message>
        <source>no open conflicts</source>
        <translation>aucun conflit non résolu</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Theirs by</source>
        <translation>Version de</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>no open conflict %1 (chiplens team conflicts lists them)</source>
        <translation>aucun conflit non résolu %1 (chiplens team conflicts les liste)</translation>
    </message>
    <message>
        <source>the library refused this change (your role does not allow it): keep theirs, or keep yours as a copy (--keep copy)</source>
        <translation>la bibliothèque a refusé cette modification (votre rôle ne le permet pas)&#xa0;: gardez la leur, ou gardez la vôtre comme copie (--keep copy)</translation>
    </message>
    <message>
        <source>conflict %1 settled (%2)</source>
        <translation>conflit %1 résolu (%2)</translation>
    </message>
    <message>
        <source>this store is not connected to a team library: connect one (chiplens team connect CONNINFO) or name it with --url CONNINFO</source>
        <translation>cette base de données n’est connectée à aucune bibliothèque d’équipe&#xa0;: connectez-en une (chiplens team connect CONNINFO) ou indiquez-la avec --url CONNINFO</translation>
    </message>
    <message>
        <source>the library has no members yet</source>
        <translation>la bibliothèque n’a encore aucun membre</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>%1 is now %2 of the team library</source>
        <translation>%1 a désormais le rôle %2 dans la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>team library ready: schema revision %1</source>
        <translation>bibliothèque d’équipe prête&#xa0;: révision du schéma %1</translation>
    </message>
    <message>
        <source>disconnected from %1</source>
        <translation>déconnecté de %1</translation>
    </message>
    <message>
        <source>this store was not connected</source>
        <translation>cette base de données n’était pas connectée</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>not supported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>all-in</source>
        <translation>tout compris</translation>
    </message>
    <message>
        <source>one way</source>
        <translation>dans un sens</translation>
    </message>
    <message>
        <source>Cube units</source>
        <translation>unités Cube</translation>
    </message>
    <message>
        <source>vector units</source>
        <translation>unités vectorielles</translation>
    </message>
    <message>
        <source>package</source>
        <translation>boîtier</translation>
    </message>
    <message>
        <source>board</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>superchip</source>
        <translation>superpuce</translation>
    </message>
    <message>
        <source>die</source>
        <translation>die</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>pod</source>
        <translation>pod</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>sparsity</source>
        <translation>parcimonie</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>périmètre</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>granularity</source>
        <translation>granularité</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>%1 unstated</source>
        <translation>%1 non précisé(s)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Device %1</source>
        <translation>Matériel %1</translation>
    </message>
    <message>
        <source>baseline (ratios ÷ %1)</source>
        <translation>référence (rapports ÷ %1)</translation>
    </message>
    <message>
        <source>figure, ratio ÷ %1</source>
        <translation>valeur, rapport ÷ %1</translation>
    </message>
    <message>
        <source>Ratio A / B</source>
        <translation>Rapport A / B</translation>
    </message>
    <message>
        <source>Ratio %1 / %2</source>
        <translation>Rapport %1 / %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>  (+%n more)</source>
        <translation>  (+%n de plus)</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>Dérivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Canonical unit: %1</source>
        <translation>Unité canonique&#xa0;: %1</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Key metrics, A relative to B</source>
        <translation>Indicateurs clés, A par rapport à B</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Tracé du graphique…</translation>
    </message>
    <message>
        <source>Scale to match</source>
        <translation>Combien pour égaler</translation>
    </message>
    <message>
        <source>Sources of the selected figure</source>
        <translation>Sources de la valeur sélectionnée</translation>
    </message>
    <message>
        <source>Key metrics, each relative to %1</source>
        <translation>Indicateurs clés, chacun par rapport à %1</translation>
    </message>
    <message>
        <source>Key metrics, %1 relative to %2</source>
        <translation>Indicateurs clés, %1 par rapport à %2</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Comparison table</source>
        <translation>Tableau de comparaison</translation>
    </message>
</context>
<context>
    <name>ControlActions</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Jur.</source>
        <translation>Jur.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>yours (edits the bundled rule)</source>
        <translation>la vôtre (modifie la règle fournie)</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>fournie</translation>
    </message>
    <message>
        <source>Export-control rules</source>
        <translation>Règles de contrôle à l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Add a rule…</source>
        <translation>&amp;Ajouter une règle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete yours</source>
        <translation>&amp;Supprimer la vôtre</translation>
    </message>
    <message>
        <source>Only your own rules can be deleted.</source>
        <translation>Seules vos propres règles peuvent être supprimées.</translation>
    </message>
    <message>
        <source>E&amp;xport-control rules…</source>
        <translation>Règles de contrôle à l&apos;e&amp;xportation…</translation>
    </message>
    <message>
        <source>Export-control rule</source>
        <translation>Règle de contrôle à l&apos;exportation</translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation>Modifier la règle %1</translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation>Ajouter la règle %1</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>Supprimer la règle %1</translation>
    </message>
</context>
<context>
    <name>ControlMap</name>
    <message>
        <source>TPP (total processing performance, log scale)</source>
        <translation>TPP (performance totale de traitement, échelle log)</translation>
    </message>
    <message>
        <source>Performance density (TPP ÷ die area, log scale)</source>
        <translation>Densité de performance (TPP ÷ surface de la puce, échelle log)</translation>
    </message>
</context>
<context>
    <name>ControlRuleDialog</name>
    <message>
        <source>Edit the export-control rule</source>
        <translation>Modifier la règle de contrôle à l’exportation</translation>
    </message>
    <message>
        <source>Add an export-control rule</source>
        <translation>Ajouter une règle de contrôle à l’exportation</translation>
    </message>
    <message>
        <source>Saving makes this your version of the bundled rule: it is used instead of it and kept over data updates. Delete your version to return to the bundled one.</source>
        <translation>En l’enregistrant, vous créez votre version de la règle intégrée&#xa0;: elle est utilisée à sa place et conservée lors des mises à jour des données. Supprimez votre version pour revenir à la règle intégrée.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Entrée en vigueur</translation>
    </message>
    <message>
        <source>Ends (empty: in force)</source>
        <translation>Fin (vide&#xa0;: en vigueur)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation>AAAA-MM-JJ, ou vide</translation>
    </message>
    <message>
        <source>Tests, as JSON</source>
        <translation>Tests, en JSON</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Indicateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Juridiction</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Takes &amp;effect</source>
        <translation>&amp;Entrée en vigueur</translation>
    </message>
    <message>
        <source>E&amp;nds</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>&amp;Tests (JSON)</source>
        <translation>&amp;Tests (JSON)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>Lit&#xa0;: %1</translation>
    </message>
    <message>
        <source>no chip test</source>
        <translation>pas de test sur les puces</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>meets a threshold rule</source>
        <translation>relève d&apos;une règle à seuil</translation>
    </message>
    <message>
        <source>named by a licence policy</source>
        <translation>visé par une politique de licences</translation>
    </message>
    <message>
        <source>under every line</source>
        <translation>sous tous les seuils</translation>
    </message>
    <message>
        <source>cannot be decided</source>
        <translation>indéterminable</translation>
    </message>
    <message>
        <source>density not published</source>
        <translation>densité non publiée</translation>
    </message>
    <message>
        <source>TPP source: %1</source>
        <translation>Source du TPP&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (depuis le %2)</translation>
    </message>
    <message>
        <source>US</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>PD</source>
        <translation>PD</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>E/S</translation>
    </message>
    <message>
        <source>DRAM bandwidth</source>
        <translation>bande passante DRAM</translation>
    </message>
    <message>
        <source>transistors in the package</source>
        <translation>transistors du boîtier</translation>
    </message>
    <message>
        <source>has HBM</source>
        <translation>comporte de la HBM</translation>
    </message>
    <message>
        <source>HBM bandwidth density</source>
        <translation>densité de bande passante HBM</translation>
    </message>
    <message>
        <source>share of Chinese rare-earth value</source>
        <translation>part de la valeur en terres rares chinoises</translation>
    </message>
    <message>
        <source>share of domestic compute and storage chips</source>
        <translation>part des puces de calcul et de stockage nationales</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>meets, whatever its %1</source>
        <translation>atteint, quelle que soit la valeur de %1</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>n&apos;atteint pas</translation>
    </message>
    <message>
        <source>misses, whatever its %1</source>
        <translation>n&apos;atteint pas, quelle que soit la valeur de %1</translation>
    </message>
    <message>
        <source>cannot be decided: %1 not published</source>
        <translation>indéterminable&#xa0;: pas de valeur publiée pour %1</translation>
    </message>
    <message>
        <source>depends on which reported figure holds</source>
        <translation>dépend de la valeur rapportée retenue</translation>
    </message>
    <message>
        <source>no chip test</source>
        <translation>aucun critère sur la puce</translation>
    </message>
    <message>
        <source>names it</source>
        <translation>le désigne nommément</translation>
    </message>
    <message>
        <source>does not name it</source>
        <translation>ne le désigne pas</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>indéterminé</translation>
    </message>
    <message>
        <source>depends</source>
        <translation>selon la valeur</translation>
    </message>
    <message>
        <source>● meets</source>
        <translation>● visée</translation>
    </message>
    <message>
        <source>● meets*</source>
        <translation>● visée*</translation>
    </message>
    <message>
        <source>○ misses</source>
        <translation>○ non visée</translation>
    </message>
    <message>
        <source>○ misses*</source>
        <translation>○ non visée*</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? inconnu</translation>
    </message>
    <message>
        <source>◐ depends</source>
        <translation>◐ selon la valeur</translation>
    </message>
    <message>
        <source>● named</source>
        <translation>● nommée</translation>
    </message>
    <message>
        <source>○ not named</source>
        <translation>○ non nommée</translation>
    </message>
    <message>
        <source>enacted</source>
        <translation>adoptée</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>rescinded</source>
        <translation>abrogée</translation>
    </message>
    <message>
        <source>related</source>
        <translation>liée</translation>
    </message>
    <message>
        <source>threshold unverified</source>
        <translation>seuil non vérifié</translation>
    </message>
    <message>
        <source>not in force on %1</source>
        <translation>pas en vigueur le %1</translation>
    </message>
    <message>
        <source>threshold rule</source>
        <translation>règle à seuil</translation>
    </message>
    <message>
        <source>licence policy</source>
        <translation>politique de licences</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>lignes directrices</translation>
    </message>
    <message>
        <source>procurement rule</source>
        <translation>règle d&apos;achat public</translation>
    </message>
    <message>
        <source>rescission</source>
        <translation>abrogation</translation>
    </message>
    <message>
        <source>a licence policy: it changes the licence outcome, not the classification</source>
        <translation>politique de licences&#xa0;: elle modifie l&apos;issue de la licence, pas la classification</translation>
    </message>
    <message>
        <source>guidance: no technical threshold</source>
        <translation>lignes directrices&#xa0;: aucun seuil technique</translation>
    </message>
    <message>
        <source>acts on purchases in China, not on US classification</source>
        <translation>porte sur les achats en Chine, pas sur la classification américaine</translation>
    </message>
    <message>
        <source>rescinds another rule</source>
        <translation>abroge une autre règle</translation>
    </message>
    <message>
        <source>its thresholds are not on chip figures ChipLens tracks</source>
        <translation>ses seuils ne portent pas sur les valeurs de puce que suit ChipLens</translation>
    </message>
    <message>
        <source>cannot compute: die area not published</source>
        <translation>calcul impossible&#xa0;: surface de la puce non publiée</translation>
    </message>
    <message>
        <source>cannot compute: only one die&apos;s area is published (not the package&apos;s)</source>
        <translation>calcul impossible&#xa0;: seule la surface d&apos;une puce est publiée (pas celle du boîtier)</translation>
    </message>
    <message>
        <source>cannot compute: TPP not published</source>
        <translation>calcul impossible&#xa0;: TPP non publiée</translation>
    </message>
    <message>
        <source>Give the rule an id of letters, digits and - . _ : (2 to 100 characters).</source>
        <translation>Donnez à la règle un identifiant composé de lettres, chiffres et - . _&#xa0;: (2 à 100 caractères).</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Donnez un nom à la règle.</translation>
    </message>
    <message>
        <source>Choose the kind of rule.</source>
        <translation>Choisissez le type de règle.</translation>
    </message>
    <message>
        <source>Choose US, CN or other.</source>
        <translation>Choisissez US, CN ou autre.</translation>
    </message>
    <message>
        <source>Write the date it takes effect as YYYY-MM-DD.</source>
        <translation>Saisissez la date d&apos;entrée en vigueur au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD, or leave it empty.</source>
        <translation>Saisissez la date de fin au format AAAA-MM-JJ, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>The end date must come after the date it takes effect.</source>
        <translation>La date de fin doit être postérieure à la date d&apos;entrée en vigueur.</translation>
    </message>
    <message>
        <source>Each test needs its own name.</source>
        <translation>Chaque critère doit avoir son propre nom.</translation>
    </message>
    <message>
        <source>A test&apos;s condition cannot be read: %1</source>
        <translation>La condition d&apos;un critère est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The conditions are not valid JSON: %1</source>
        <translation>Les conditions ne sont pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 not published (line: %2 %3)</source>
        <translation>%1 non publié (seuil&#xa0;: %2 %3)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 %2: on both sides of %3</source>
        <translation>%1 %2&#xa0;: de part et d’autre de %3</translation>
    </message>
    <message>
        <source>over</source>
        <translation>au-dessus de</translation>
    </message>
    <message>
        <source>under</source>
        <translation>en dessous de</translation>
    </message>
    <message>
        <source>%1 %2, exactly at %3</source>
        <translation>%1 %2, exactement à %3</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4</source>
        <translation>%1 %2, %3 %4</translation>
    </message>
    <message>
        <source>%1 %2, %3% %4 %5</source>
        <translation>%1 %2, %3&#xa0;% %4 %5</translation>
    </message>
    <message>
        <source>a figure</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>the rule names %1</source>
        <translation>la règle nomme %1</translation>
    </message>
    <message>
        <source>not among the products the rule names</source>
        <translation>pas parmi les produits que la règle nomme</translation>
    </message>
    <message>
        <source>the test</source>
        <translation>le test</translation>
    </message>
    <message>
        <source>eligible for case-by-case review</source>
        <translation>admissible à un examen au cas par cas</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>not applicable: a system with no single kind of accelerator chip</source>
        <translation>non applicable&#xa0;: un système sans type unique de puce accélératrice</translation>
    </message>
    <message>
        <source>not published (%1)</source>
        <translation>non publié (%1)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <source>%1 (judged through %2 × %3)</source>
        <translation>%1 (jugé à travers %2 × %3)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>nomme %1</translation>
    </message>
    <message>
        <source>presumption rebuttal</source>
        <translation>réfutation de la présomption</translation>
    </message>
    <message>
        <source>domestic chip share</source>
        <translation>part des puces nationales</translation>
    </message>
    <message>
        <source>de minimis value share</source>
        <translation>part de valeur de minimis</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Export-control verdict (%1, %2)</source>
        <translation>Verdict des contrôles à l&apos;exportation (%1, %2)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>cannot be decided: TPP %1</source>
        <translation>indécidable&#xa0;: TPP %1</translation>
    </message>
    <message>
        <source>meets %1 (%2)</source>
        <translation>visée par %1 (%2)</translation>
    </message>
    <message>
        <source>misses every threshold (%1)</source>
        <translation>sous tous les seuils (%1)</translation>
    </message>
    <message>
        <source>no threshold rule in force</source>
        <translation>aucune règle à seuil en vigueur</translation>
    </message>
    <message>
        <source>named by %1</source>
        <translation>nommée par %1</translation>
    </message>
    <message>
        <source>eligible for case-by-case review (%1)</source>
        <translation>admissible à un examen au cas par cas (%1)</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>the rules in force that day applied to TPP and density</source>
        <translation>les règles en vigueur ce jour-là appliquées au TPP et à la densité</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Tracé de la carte…</translation>
    </message>
    <message>
        <source>Step through the days the rules changed</source>
        <translation>Parcourir les jours où les règles ont changé</translation>
    </message>
    <message>
        <source>Rules in force on</source>
        <translation>Règles en vigueur le</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>Exporter l’image…</translation>
    </message>
    <message>
        <source>The map on this day as PNG, SVG or PDF, with its caption and sources</source>
        <translation>La carte de ce jour en PNG, SVG ou PDF, avec sa légende et ses sources</translation>
    </message>
    <message>
        <source>Export controls</source>
        <translation>Contrôles à l’exportation</translation>
    </message>
    <message>
        <source>ringed: in the comparison</source>
        <translation>cerclé&#xa0;: dans la comparaison</translation>
    </message>
    <message>
        <source>Reading %1 devices…</source>
        <translation>Lecture de %1 matériels…</translation>
    </message>
    <message>
        <source>The verdicts could not be read: %1</source>
        <translation>Les verdicts n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the control map</source>
        <translation>Exporter la carte des contrôles</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>Images (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Export-control rule</source>
        <translation>Règle de contrôle à l’exportation</translation>
    </message>
    <message>
        <source>no chip threshold</source>
        <translation>aucun seuil sur les puces</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Caught on %1</source>
        <translation>Visées le %1</translation>
    </message>
    <message>
        <source>Missed on %1</source>
        <translation>Non visées le %1</translation>
    </message>
    <message>
        <source>Undecided on %1 (a figure not published)</source>
        <translation>Indéterminées le %1 (une valeur non publiée)</translation>
    </message>
    <message>
        <source>In force on %1, not drawn (other figures, or no chip test):</source>
        <translation>En vigueur le %1, non tracées (autres valeurs, ou pas de test sur les puces)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1: unexpected error</source>
        <translation>%1&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside ChipLens (a bug, not your data). ChipLens keeps running; your saved data is safe.</source>
        <translation>Un problème est survenu dans ChipLens (un bogue, pas vos données). ChipLens continue de fonctionner&#xa0;; vos données enregistrées sont intactes.</translation>
    </message>
    <message>
        <source>The details were written to:
%1

Please send that file with a bug report.</source>
        <translation>Les détails ont été écrits dans&#xa0;:
%1

Veuillez envoyer ce fichier avec un rapport de bogue.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database file is damaged</source>
        <translation>Le fichier de base de données est endommagé</translation>
    </message>
    <message>
        <source>ChipLens cannot read its database file:</source>
        <translation>ChipLens ne peut pas lire son fichier de base de données&#xa0;:</translation>
    </message>
    <message>
        <source>What is wrong: %1.</source>
        <translation>Problème&#xa0;: %1.</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>dommage inconnu</translation>
    </message>
    <message>
        <source>Whatever you choose, the damaged file is not deleted: it is renamed to “%1.damaged-DATE” in the same folder, so it can still be examined.</source>
        <translation>Quel que soit votre choix, le fichier endommagé n&apos;est pas supprimé&#xa0;: il est renommé en «&#xa0;%1.damaged-DATE&#xa0;» dans le même dossier et peut donc encore être examiné.</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 (%2). Restoring it brings back your notes and values as they were then.</source>
        <translation>La dernière sauvegarde saine date du %1 (%2). La restaurer rétablit vos notes et vos valeurs telles qu&apos;elles étaient alors.</translation>
    </message>
    <message>
        <source>There is no usable backup. Starting fresh creates a new database with the reference data; your notes stay in the damaged file.</source>
        <translation>Aucune sauvegarde utilisable. Repartir de zéro crée une nouvelle base de données avec les données de référence&#xa0;; vos notes restent dans le fichier endommagé.</translation>
    </message>
    <message>
        <source>Recovering what can be read copies every row that can still be read (notes, your figures, sources, events) into a new database and shows what was recovered and lost before anything is replaced.</source>
        <translation>Récupérer ce qui est lisible copie chaque ligne encore lisible (notes, vos valeurs, sources, événements) dans une nouvelle base de données et montre ce qui a été récupéré et perdu avant tout remplacement.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Re&amp;cover what can be read</source>
        <translation>Ré&amp;cupérer ce qui est lisible</translation>
    </message>
    <message>
        <source>Start &amp;fresh</source>
        <translation>Repartir de &amp;zéro</translation>
    </message>
    <message>
        <source>&amp;Open another folder…</source>
        <translation>&amp;Ouvrir un autre dossier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Move the damaged file aside and put the backup in its place</source>
        <translation>Mettre le fichier endommagé de côté et le remplacer par la sauvegarde</translation>
    </message>
    <message>
        <source>Copy every row that can still be read into a new database, then see what was recovered and lost before choosing what to keep</source>
        <translation>Copier chaque ligne encore lisible dans une nouvelle base de données, puis voir ce qui a été récupéré et perdu avant de choisir quoi garder</translation>
    </message>
    <message>
        <source>Move the damaged file aside and create a new database with the reference data only</source>
        <translation>Mettre le fichier endommagé de côté et créer une nouvelle base de données avec les seules données de référence</translation>
    </message>
</context>
<context>
    <name>DataChanges</name>
    <message>
        <source>Data release %1 (%2)</source>
        <translation>Version des données %1 (%2)</translation>
    </message>
    <message>
        <source>Data release %1 (%2): what changed since %3</source>
        <translation>Version des données %1 (%2)&#xa0;: changements depuis %3</translation>
    </message>
    <message>
        <source>Nothing changed in the data since %1.</source>
        <translation>Aucun changement dans les données depuis %1.</translation>
    </message>
    <message>
        <source>Figures the comparisons show that changed (%1)</source>
        <translation>Valeurs affichées dans les comparaisons qui ont changé (%1)</translation>
    </message>
    <message>
        <source>Figures a source now gives differently (%1)</source>
        <translation>Valeurs qu&apos;une source donne désormais autrement (%1)</translation>
    </message>
    <message>
        <source>Figures now cited from a better page (%1)</source>
        <translation>Valeurs désormais citées depuis une meilleure page (%1)</translation>
    </message>
    <message>
        <source>Figures removed (%1)</source>
        <translation>Valeurs supprimées (%1)</translation>
    </message>
    <message>
        <source>Sources now disagree by more than %2 (%1)</source>
        <translation>Sources désormais en désaccord de plus de %2 (%1)</translation>
    </message>
    <message>
        <source>Sources no longer disagree (%1)</source>
        <translation>Sources désormais concordantes (%1)</translation>
    </message>
    <message>
        <source>Devices with another status (%1)</source>
        <translation>Matériels ayant changé de statut (%1)</translation>
    </message>
    <message>
        <source>Devices removed (%1)</source>
        <translation>Matériels supprimés (%1)</translation>
    </message>
    <message>
        <source>Devices added (%1)</source>
        <translation>Matériels ajoutés (%1)</translation>
    </message>
    <message>
        <source>Figures added for devices already listed (%1)</source>
        <translation>Valeurs ajoutées pour des matériels déjà présents (%1)</translation>
    </message>
    <message>
        <source>Preset pairings added (%1)</source>
        <translation>Paires prédéfinies ajoutées (%1)</translation>
    </message>
    <message>
        <source>Timeline events added (%1)</source>
        <translation>Événements de la chronologie ajoutés (%1)</translation>
    </message>
    <message>
        <source>Timeline events updated (%1)</source>
        <translation>Événements de la chronologie mis à jour (%1)</translation>
    </message>
    <message>
        <source>Timeline events removed (%1)</source>
        <translation>Événements de la chronologie supprimés (%1)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4 figures)</source>
        <translation>%1 — %2, %3 (%4 valeurs)</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>puce</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>commercialisé</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>annoncé</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>feuille de route</translation>
    </message>
    <message>
        <source>China-specific</source>
        <translation>spécifique à la Chine</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>now %1; was %2</source>
        <translation>désormais %1&#xa0;; auparavant %2</translation>
    </message>
    <message>
        <source>%1, the same source</source>
        <translation>%1, même source</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>auparavant %1</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>matériels</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>%1 devices added</source>
        <translation>%1 matériels ajoutés</translation>
    </message>
    <message>
        <source>%1 figures added</source>
        <translation>%1 valeurs ajoutées</translation>
    </message>
    <message>
        <source>%1 figures shown in comparisons changed</source>
        <translation>%1 valeurs affichées dans les comparaisons ont changé</translation>
    </message>
    <message>
        <source>%1 figures changed</source>
        <translation>%1 valeurs modifiées</translation>
    </message>
    <message>
        <source>%1 figures removed</source>
        <translation>%1 valeurs supprimées</translation>
    </message>
    <message>
        <source>%1 events added</source>
        <translation>%1 événements ajoutés</translation>
    </message>
    <message>
        <source>%1 disagreements opened</source>
        <translation>%1 nouveaux désaccords</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 résolus</translation>
    </message>
</context>
<context>
    <name>DataChangesDialog</name>
    <message>
        <source>What&apos;s new in the data</source>
        <translation>Nouveautés des données</translation>
    </message>
    <message>
        <source>your data was release %1 before this upgrade</source>
        <translation>vos données étaient en version %1 avant cette mise à niveau</translation>
    </message>
    <message>
        <source>Changes since release:</source>
        <translation>Changements depuis la version&#xa0;:</translation>
    </message>
    <message>
        <source>What changed in the data</source>
        <translation>Ce qui a changé dans les données</translation>
    </message>
    <message>
        <source>No earlier data release to compare with.</source>
        <translation>Aucune version antérieure des données à comparer.</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>Ajouter un matériel</translation>
    </message>
    <message>
        <source>Edit a device</source>
        <translation>Modifier un matériel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Huawei Ascend 950PR</source>
        <translation>p. ex. Huawei Ascend 950PR</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>other names, comma-separated: 950PR, Ascend 950PR</source>
        <translation>autres noms, séparés par des virgules&#xa0;: 950PR, Ascend 950PR</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>chip (one accelerator)</source>
        <translation>puce (un accélérateur)</translation>
    </message>
    <message>
        <source>system (rack or pod)</source>
        <translation>système (rack ou pod)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Rack note</source>
        <translation>Note sur les racks</translation>
    </message>
    <message>
        <source>e.g. 12 compute racks × 32 NPUs + 4 switch racks</source>
        <translation>p. ex. 12 racks de calcul × 32 NPU + 4 racks de commutation</translation>
    </message>
    <message>
        <source>System composition</source>
        <translation>Composition du système</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Known device</source>
        <translation>Matériel connu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Add &amp;part</source>
        <translation>Ajouter un com&amp;posant</translation>
    </message>
    <message>
        <source>&amp;Remove part</source>
        <translation>&amp;Retirer le composant</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Famille</translation>
    </message>
    <message>
        <source>&amp;Vendor, country</source>
        <translation>Fa&amp;bricant, pays</translation>
    </message>
    <message>
        <source>Rac&amp;ks</source>
        <translation>Rac&amp;ks</translation>
    </message>
    <message>
        <source>&amp;Composition</source>
        <translation>&amp;Composition</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Source of the count</source>
        <translation>Source du nombre</translation>
    </message>
    <message>
        <source>a count must be a whole number, such as 384</source>
        <translation>le nombre doit être un entier, comme 384</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status, as of</source>
        <translation>Statut, au</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>Puces</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Aussi appelé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Choose a device ▾</source>
        <translation>Choisir un matériel ▾</translation>
    </message>
    <message>
        <source>Choose a chip or system (search by name, alias, vendor)</source>
        <translation>Choisir une puce ou un système (recherche par nom, alias, fabricant)</translation>
    </message>
</context>
<context>
    <name>DevicePickerDialog</name>
    <message>
        <source>Choose a chip or system</source>
        <translation>Choisir une puce ou un système</translation>
    </message>
    <message>
        <source>Search by name, alias (910C, NVL72, CM384…), vendor or country</source>
        <translation>Rechercher par nom, alias (910C, NVL72, CM384…), fabricant ou pays</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Rechercher des matériels</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Matériels</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <source>Delete event “%1”</source>
        <translation>Supprimer l&apos;événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The event was not saved</source>
        <translation>L&apos;événement n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The event was not deleted</source>
        <translation>L&apos;événement n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé. Édition ▸ Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
</context>
<context>
    <name>EventDetailsView</name>
    <message>
        <source>Details of the selected event</source>
        <translation>Détails de l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Click an event, or use [ and ], to see its details and sources.</source>
        <translation>Cliquez sur un événement, ou utilisez [ et ], pour voir ses détails et ses sources.</translation>
    </message>
    <message>
        <source>from the bundled data</source>
        <translation>issu des données intégrées</translation>
    </message>
    <message>
        <source>a teammate&apos;s (%1), from the team library</source>
        <translation>celui d&apos;un collègue (%1), issu de la bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <source>yours (you added it)</source>
        <translation>le vôtre (vous l&apos;avez ajouté)</translation>
    </message>
    <message>
        <source>to the %1</source>
        <translation>au %1 près</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Software stacks</source>
        <translation>Piles logicielles</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Matériels</translation>
    </message>
    <message>
        <source>click to compare</source>
        <translation>cliquer pour comparer</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No source given.</source>
        <translation>Aucune source indiquée.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>The first day of the period: for a month, the 1st; for a quarter, 1 January, April, July or October; for a year, 1 January.</source>
        <translation>Le premier jour de la période&#xa0;: pour un mois, le 1er&#xa0;; pour un trimestre, le 1er janvier, avril, juillet ou octobre&#xa0;; pour une année, le 1er janvier.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Use the start of the period</source>
        <translation>Utiliser le début de la période</translation>
    </message>
    <message>
        <source>Move the date to the first day of its month, quarter or year</source>
        <translation>Ramener la date au premier jour de son mois, trimestre ou année</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>e.g. US Department of Commerce (BIS)</source>
        <translation>p. ex. US Department of Commerce (BIS)</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>comma-separated, e.g. HBM, Hopper</source>
        <translation>séparées par des virgules, p. ex. HBM, Hopper</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Devices this event is about</source>
        <translation>Matériels concernés par cet événement</translation>
    </message>
    <message>
        <source>&amp;Date and precision</source>
        <translation>&amp;Date et précision</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>&amp;Acteur</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Juridiction</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation>C&amp;onfiance</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>Appar&amp;eils</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>device: %1</source>
        <translation>matériel&#xa0;: %1</translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation>catégories&#xa0;: %1</translation>
    </message>
    <message>
        <source>jurisdictions: %1</source>
        <translation>juridictions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>Préparée le %1</translation>
    </message>
    <message>
        <source>%1 — %2 brief</source>
        <translation>%1 — note de synthèse %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Rows whose sides come from different sources or methods: %1.</source>
        <translation>Lignes dont les valeurs proviennent de sources ou de méthodes différentes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every figure carries its confidence (O official, T third-party, R reported; ƒ derived from cited figures) and the numbers of its sources [n], listed with their URLs at the end. “not published”: no source in the catalog gives the figure. Ratios compare figures of the same unit and basis (dense or sparse, per chip or per system, one way or both ways): others are marked not comparable, with why; ⚠ marks a ratio whose figures&apos; basis is not fully stated by the sources.</source>
        <translation>Chaque valeur porte son niveau de confiance (O officiel, T tiers, R rapporté&#xa0;; ƒ dérivé de valeurs citées) et les numéros de ses sources [n], listées avec leurs URL à la fin. «&#xa0;non publié&#xa0;»&#xa0;: aucune source du catalogue ne donne la valeur. Les rapports comparent des valeurs de même unité et de même base (dense ou creux, par puce ou par système, dans un sens ou dans les deux)&#xa0;: les autres sont marqués non comparables, avec la raison&#xa0;; ⚠ signale un rapport dont la base des valeurs n&apos;est pas entièrement précisée par les sources.</translation>
    </message>
    <message>
        <source>%1: the brief is a PDF: the file name must end in .pdf</source>
        <translation>%1&#xa0;: la note de synthèse est un PDF&#xa0;: le nom du fichier doit finir par .pdf</translation>
    </message>
    <message>
        <source>unknown paper size %1: use a4 or letter</source>
        <translation>format de papier inconnu&#xa0;: %1&#xa0;; utilisez a4 ou letter</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <source>Key metrics compared</source>
        <translation>Indicateurs clés comparés</translation>
    </message>
    <message>
        <source>Policy timeline: events involving these devices</source>
        <translation>Chronologie des politiques&#xa0;: événements concernant ces matériels</translation>
    </message>
    <message>
        <source>Export controls: every chip against the rules in force</source>
        <translation>Contrôles à l&apos;exportation&#xa0;: chaque puce face aux règles en vigueur</translation>
    </message>
    <message>
        <source>Events involving these devices</source>
        <translation>Événements concernant ces matériels</translation>
    </message>
    <message>
        <source>No event in the timeline involves these devices.</source>
        <translation>Aucun événement de la chronologie ne concerne ces matériels.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No note is linked to this pairing or its devices.</source>
        <translation>Aucune note n&apos;est liée à cette paire ni à ses matériels.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The %1 most recently updated of the %2 notes linked to this pairing or its devices; the others are in ChipLens&apos;s notes.</source>
        <translation>Les %1 notes modifiées le plus récemment parmi les %2 notes liées à cette paire ou à ses matériels&#xa0;; les autres sont dans les notes de ChipLens.</translation>
    </message>
    <message>
        <source>Includes data from %1</source>
        <translation>Comprend des données de %1</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Matériels&#xa0;:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>last edited %1 (UTC)</source>
        <translation>dernière modification le %1 (UTC)</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Each source says where the figures cited to it were read (primary: the producer’s own page; reputable relay; weak relay), their confidence (O official, T third-party, R reported) and how many figures of the brief cite it.</source>
        <translation>Chaque source indique où ont été lues les valeurs qui la citent (primaire&#xa0;: la page du producteur lui-même&#xa0;; relais fiable&#xa0;; relais peu fiable), leur niveau de confiance (O officiel, T tiers, R rapporté) et combien de valeurs de la note de synthèse la citent.</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1 valeur</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 valeurs</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>confiance %1</translation>
    </message>
    <message>
        <source>Key metrics, %1 relative to %2 (%1 ÷ %2)</source>
        <translation>Indicateurs clés, %1 rapporté à %2 (%1 ÷ %2)</translation>
    </message>
    <message>
        <source>Key metrics relative to %1: %2</source>
        <translation>Indicateurs clés rapportés à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A better</source>
        <translation>A meilleur</translation>
    </message>
    <message>
        <source>B better</source>
        <translation>B meilleur</translation>
    </message>
    <message>
        <source>no better side</source>
        <translation>aucun meilleur</translation>
    </message>
    <message>
        <source>Each marker is a device&apos;s figure divided by %1&apos;s, for the figures in the table (same unit and basis); ▲ marks the best.</source>
        <translation>Chaque marqueur est la valeur d&apos;un matériel divisée par celle de %1, pour les valeurs du tableau (même unité et même base)&#xa0;; ▲ signale la meilleure.</translation>
    </message>
    <message>
        <source>Not comparable or not published: %1.</source>
        <translation>Non comparable ou non publié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Each bar is a device&apos;s figure divided by %1&apos;s, for the figures in the table (same unit and basis); ▲ marks the better side, ⚠ a basis not fully stated.</source>
        <translation>Chaque barre est la valeur d&apos;un matériel divisée par celle de %1, pour les valeurs du tableau (même unité et même base)&#xa0;; ▲ signale le meilleur côté, ⚠ une base non entièrement précisée.</translation>
    </message>
    <message>
        <source>÷ %1 (log scale)</source>
        <translation>÷ %1 (échelle logarithmique)</translation>
    </message>
    <message>
        <source>ratio %1 ÷ %2 (log scale; 1× = equal)</source>
        <translation>%1 ÷ %2 (échelle log.&#xa0;; 1× = égal)</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <source>Ratio %1&#xa0;÷&#xa0;%2</source>
        <translation>Rapport %1&#xa0;÷&#xa0;%2</translation>
    </message>
    <message>
        <source>Ratio to %1</source>
        <translation>Rapport à %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>O official · T third-party · R reported · ƒ derived (computed from cited figures) · ≠ sources disagree by more than %1 · bold and ▲: better figure</source>
        <translation>O officiel · T tiers · R rapporté · ƒ dérivé (calculé à partir de valeurs citées) · ≠ sources en désaccord de plus de %1 · gras et ▲&#xa0;: meilleure valeur</translation>
    </message>
    <message>
        <source>[n]: source number</source>
        <translation>[n]&#xa0;: numéro de la source</translation>
    </message>
    <message>
        <source>“not supported”: the device lacks the feature (“not published”: no source gives it)</source>
        <translation>«&#xa0;non pris en charge&#xa0;»&#xa0;: le matériel n&apos;a pas la fonction («&#xa0;non publié&#xa0;»&#xa0;: aucune source ne la donne)</translation>
    </message>
    <message>
        <source>Software and Supply: the reference&apos;s words with their sources, never ranked (“not found”: the reference has nothing on it)</source>
        <translation>Logiciel et approvisionnement&#xa0;: les termes de la référence avec leurs sources, jamais classés («&#xa0;introuvable&#xa0;»&#xa0;: la référence n&apos;en dit rien)</translation>
    </message>
    <message>
        <source>ratios to %1; –: not comparable</source>
        <translation>rapports à %1&#xa0;; –&#xa0;: non comparable</translation>
    </message>
    <message>
        <source>Not published for any of these devices: %1.</source>
        <translation>Non publié pour aucun de ces matériels&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ratios: %1.</source>
        <translation>Rapports&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>TPP %1</source>
        <translation>TPP %1</translation>
    </message>
    <message>
        <source>Not labelled for lack of room: %1.</source>
        <translation>Sans étiquette faute de place&#xa0;: %1.</translation>
    </message>
    <message>
        <source>ringed: in the comparison</source>
        <translation>cerclé&#xa0;: dans la comparaison</translation>
    </message>
    <message>
        <source>TPP (total processing performance), log scale; up: performance density (TPP ÷ die area), log scale</source>
        <translation>TPP (performance totale de traitement), échelle logarithmique&#xa0;; vers le haut&#xa0;: densité de performance (TPP ÷ surface de la puce), échelle logarithmique</translation>
    </message>
    <message>
        <source>Export-control map: chips against the rules in force on %1</source>
        <translation>Carte des contrôles à l&apos;exportation&#xa0;: les puces face aux règles en vigueur le %1</translation>
    </message>
    <message>
        <source>threshold unverified, dashed</source>
        <translation>seuil non vérifié, en pointillés</translation>
    </message>
    <message>
        <source>%1 chips; across: TPP, up: performance density, both log scales; %2 chips with no density (no published die area, or only one die&apos;s) sit in the strip below. Colour: country; shape: what the rules make of the chip.</source>
        <translation>%1 puces&#xa0;; horizontalement&#xa0;: TPP, verticalement&#xa0;: densité de performance, deux échelles logarithmiques&#xa0;; %2 puces sans densité (surface de la puce non publiée, ou celle d&apos;une seule puce) figurent dans la bande du bas. Couleur&#xa0;: pays&#xa0;; forme&#xa0;: ce que les règles disent de la puce.</translation>
    </message>
    <message>
        <source>Shaded: %1.</source>
        <translation>Zones grisées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No threshold rule on TPP and density is in force on this day.</source>
        <translation>Aucune règle de seuil sur la TPP et la densité n&apos;est en vigueur ce jour-là.</translation>
    </message>
    <message>
        <source>In force but not drawn (other figures, or no chip test): %1.</source>
        <translation>En vigueur mais non tracées (autres valeurs, ou pas de critère par puce)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Rule sources: %1.</source>
        <translation>Sources des règles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Chip figures (TPP, die area): %1 (&apos;chiplens controls&apos; marks inferred die areas).</source>
        <translation>Valeurs des puces (TPP, surface de la puce)&#xa0;: %1 («&#xa0;chiplens controls&#xa0;» signale les surfaces de puce déduites).</translation>
    </message>
    <message>
        <source>Rules and verdicts as of %1</source>
        <translation>Règles et verdicts au %1</translation>
    </message>
    <message>
        <source>%1 lines from %2 sources; each line is one source&apos;s figures for one subject, never merged with another&apos;s. Sources of the lines and of the statements not charted:</source>
        <translation>%1 courbes issues de %2 sources&#xa0;; chaque courbe porte les valeurs d&apos;une source pour un sujet, jamais fusionnées avec celles d&apos;une autre. Sources des courbes et des déclarations non représentées&#xa0;:</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(note vide)</translation>
    </message>
    <message>
        <source>Analyst note</source>
        <translation>Note d&apos;analyste</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>linked to: %1</source>
        <translation>liée à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last edited %1 (UTC)</source>
        <translation>Dernière modification le %1 (UTC)</translation>
    </message>
    <message>
        <source>the width must be between %1 and %2 pixels, not %3</source>
        <translation>la largeur doit être comprise entre %1 et %2 pixels, et non %3</translation>
    </message>
    <message>
        <source>the scale must be between 0.5 and %1, not %2</source>
        <translation>l&apos;échelle doit être comprise entre 0,5 et %1, et non %2</translation>
    </message>
    <message>
        <source>%1 pixels × scale %2 is wider than %3 pixels: choose a smaller width or scale</source>
        <translation>%1 pixels × échelle %2 dépasse %3 pixels de large&#xa0;: choisissez une largeur ou une échelle plus petite</translation>
    </message>
    <message>
        <source>unknown theme %1: use screen or print</source>
        <translation>thème inconnu&#xa0;: %1&#xa0;; utilisez screen ou print</translation>
    </message>
    <message>
        <source>unknown language %1: use en, fr or zh_CN</source>
        <translation>langue inconnue&#xa0;: %1&#xa0;; utilisez en, fr ou zh_CN</translation>
    </message>
    <message>
        <source>unknown part %1: use both, table or chart</source>
        <translation>partie inconnue&#xa0;: %1&#xa0;; utilisez both, table ou chart</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>aucune extension</translation>
    </message>
    <message>
        <source>%1: the file name must end in %2 (it has %3)</source>
        <translation>%1&#xa0;: le nom du fichier doit finir par %2 (il a %3)</translation>
    </message>
    <message>
        <source>Data as of: no dated figure</source>
        <translation>Données au&#xa0;: aucune valeur datée</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs </translation>
    </message>
    <message>
        <source>specifications and ratios</source>
        <translation>caractéristiques et rapports</translation>
    </message>
    <message>
        <source>specifications</source>
        <translation>caractéristiques</translation>
    </message>
    <message>
        <source>key metrics, ratios</source>
        <translation>indicateurs clés, rapports</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Statut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Units: %1; ratios are unitless (log scale in the chart).</source>
        <translation>Unités&#xa0;: %1&#xa0;; les rapports sont sans unité (échelle logarithmique dans le graphique).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Sources, with their figures&apos; confidence (O official, T third-party, R reported; ƒ derived) and where they were read: %1</source>
        <translation>Sources, avec le niveau de confiance de leurs valeurs (O officiel, T tiers, R rapporté&#xa0;; ƒ dérivé) et l&apos;endroit où elles ont été lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: no sourced figure is shown.</source>
        <translation>Sources&#xa0;: aucune valeur sourcée n&apos;est affichée.</translation>
    </message>
    <message>
        <source>%1 of %2 figures shown</source>
        <translation>%1 des %2 valeurs affichées</translation>
    </message>
    <message>
        <source>Rows whose sides come from different sources or methods: %1</source>
        <translation>Lignes dont les valeurs proviennent de sources ou de méthodes différentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Policy timeline, %1 to %2</source>
        <translation>Chronologie des politiques, du %1 au %2</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>dates are UTC calendar days; month-, quarter- and year-precision events are drawn over their period</source>
        <translation>les dates sont des jours civils UTC&#xa0;; les événements datés au mois, au trimestre ou à l&apos;année sont tracés sur toute leur période</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Sources (O official, T third-party, R reported; number of events): %1</source>
        <translation>Sources (O officiel, T tiers, R rapporté&#xa0;; nombre d&apos;événements)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2 stacks only)</source>
        <translation>%1 (piles logicielles %2 seulement)</translation>
    </message>
    <message>
        <source>Sources of the cells (%1 facts): %2.</source>
        <translation>Sources des cases (%1 faits)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Key: the full title of each numbered label, and the events each numbered marker stands for</source>
        <translation>Légende&#xa0;: le titre complet de chaque étiquette numérotée, et les événements que représente chaque marqueur numéroté</translation>
    </message>
    <message>
        <source>involves a compared device</source>
        <translation>concerne un matériel comparé</translation>
    </message>
    <message>
        <source>No event in this range with these filters.</source>
        <translation>Aucun événement dans cette période avec ces filtres.</translation>
    </message>
    <message>
        <source>%1 of these %2 events are summarised in numbered groups, listed in the key below: export a shorter range or a wider picture (--from and --to, or --width) to label each one.</source>
        <translation>%1 de ces %2 événements sont résumés en groupes numérotés, listés dans la légende ci-dessous&#xa0;: exportez une période plus courte ou une image plus large (--from et --to, ou --width) pour les étiqueter un par un.</translation>
    </message>
    <message>
        <source>permission denied (choose a folder you can write to)</source>
        <translation>permission refusée (choisissez un dossier où vous pouvez écrire)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot write %1: nothing was written</source>
        <translation>impossible d&apos;écrire %1&#xa0;: rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the picture would be %1 pixels high: choose a smaller scale</source>
        <translation>l&apos;image ferait %1 pixels de haut&#xa0;: choisissez une échelle plus petite</translation>
    </message>
    <message>
        <source>this build of ChipLens cannot write SVG (Qt&apos;s SVG module is missing): export PNG or PDF instead</source>
        <translation>cette version de ChipLens ne peut pas écrire de SVG (le module SVG de Qt est absent)&#xa0;: exportez plutôt en PNG ou en PDF</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>E&amp;xport view (PNG, SVG, PDF)…</source>
        <translation>E&amp;xporter la vue (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>&amp;Copy view as image</source>
        <translation>&amp;Copier la vue en image</translation>
    </message>
    <message>
        <source>Export &amp;brief (PDF)…</source>
        <translation>Exporter la note de &amp;synthèse (PDF)…</translation>
    </message>
    <message>
        <source>Copied the view as a %1 × %2 image.</source>
        <translation>Vue copiée en image de %1 × %2.</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs </translation>
    </message>
    <message>
        <source>Pick devices to compare first.</source>
        <translation>Choisissez d&apos;abord les matériels à comparer.</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>Écriture de la note de synthèse…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export view</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>Copy view as image</source>
        <translation>Copier la vue comme image</translation>
    </message>
    <message>
        <source>Comparison: table and chart</source>
        <translation>Comparaison&#xa0;: tableau et graphique</translation>
    </message>
    <message>
        <source>Comparison: table</source>
        <translation>Comparaison&#xa0;: tableau</translation>
    </message>
    <message>
        <source>Comparison: chart</source>
        <translation>Comparaison&#xa0;: graphique</translation>
    </message>
    <message>
        <source>Policy timeline (current range and filters)</source>
        <translation>Chronologie des politiques (période et filtres actuels)</translation>
    </message>
    <message>
        <source>The open note</source>
        <translation>La note ouverte</translation>
    </message>
    <message>
        <source>View to export</source>
        <translation>Vue à exporter</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation>Largeur en pixels logiques</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>%1 (this screen)</source>
        <translation>%1 (cet écran)</translation>
    </message>
    <message>
        <source>&amp;Screen</source>
        <translation>É&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Print (white paper, colour-blind and greyscale safe)</source>
        <translation>&amp;Impression (papier blanc, lisible en cas de daltonisme et en niveaux de gris)</translation>
    </message>
    <message>
        <source>Add the &amp;caption (title, units, sources, date, version, credits)</source>
        <translation>Ajouter la &amp;légende (titre, unités, sources, date, version, crédits)</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation>Langue de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>name.png, name.svg or name.pdf</source>
        <translation>nom.png, nom.svg ou nom.pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A PNG will be %1 pixels wide.</source>
        <translation>Un PNG fera %1 pixels de large.</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Choisissez un nom de fichier.</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>Correct a stack fact</source>
        <translation>Corriger un fait de pile logicielle</translation>
    </message>
    <message>
        <source>Correct a supply estimate</source>
        <translation>Corriger une estimation d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Edit your stack fact</source>
        <translation>Modifier votre fait de pile logicielle</translation>
    </message>
    <message>
        <source>Edit your supply estimate</source>
        <translation>Modifier votre estimation d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Add a stack fact</source>
        <translation>Ajouter un fait de pile logicielle</translation>
    </message>
    <message>
        <source>Add a supply estimate</source>
        <translation>Ajouter une estimation d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Pile logicielle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>&amp;Stack</source>
        <translation>&amp;Pile logicielle</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Champ</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <source>as the source says it, e.g. out-of-tree PrivateUse1 plugin (torch_npu)</source>
        <translation>tel que la source le formule, p. ex. out-of-tree PrivateUse1 plugin (torch_npu)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>e.g. Huawei Ascend 910C</source>
        <translation>p. ex. Huawei Ascend 910C</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>e.g. annual production</source>
        <translation>p. ex. production annuelle</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>e.g. chips (packages)</source>
        <translation>p. ex. puces (boîtiers)</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>Ob&amp;jet</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Indicateur</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>e.g. 2025, 2025 H1, FY2026 Q3</source>
        <translation>p. ex. 2025, 2025 H1, FY2026 Q3</translation>
    </message>
    <message>
        <source>as the source gives it: 805000, &gt;75, 12-15</source>
        <translation>telle que la source la donne&#xa0;: 805000, &gt;75, 12-15</translation>
    </message>
    <message>
        <source>The unit says what is counted: chips, units, cards, dies, stacks, wafers… Estimates that count different things are shown side by side, never added up.</source>
        <translation>L&apos;unité indique ce qui est compté&#xa0;: puces, unités, cartes, dies, empilements, plaquettes… Les estimations qui comptent des choses différentes sont présentées côte à côte, jamais additionnées.</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>U&amp;nité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Pu&amp;blisher</source>
        <translation>Édite&amp;ur</translation>
    </message>
    <message>
        <source>who published it, e.g. TrendForce, or Reuters (citing IDC)</source>
        <translation>qui l&apos;a publiée, p. ex. TrendForce, ou Reuters (citant IDC)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>the page or report</source>
        <translation>la page ou le rapport</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation>C&amp;onfiance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>You are correcting: %1
Your figure is saved beside it, with your source; the bundled one stays listed.</source>
        <translation>Vous corrigez&#xa0;: %1
Votre valeur est enregistrée à côté, avec votre source&#xa0;; la valeur fournie reste listée.</translation>
    </message>
    <message>
        <source>Pick one already used, or type a new one</source>
        <translation>Choisissez-en un déjà utilisé ou saisissez-en un nouveau</translation>
    </message>
</context>
<context>
    <name>FactMenus</name>
    <message>
        <source>&amp;Edit your fact…</source>
        <translation>&amp;Modifier votre fait…</translation>
    </message>
    <message>
        <source>&amp;Delete your fact</source>
        <translation>&amp;Supprimer votre fait</translation>
    </message>
    <message>
        <source>&amp;Correct this fact…</source>
        <translation>&amp;Corriger ce fait…</translation>
    </message>
    <message>
        <source>&amp;Correct or edit a fact</source>
        <translation>&amp;Corriger ou modifier un fait</translation>
    </message>
    <message>
        <source>Edit yours: %1</source>
        <translation>Modifier le vôtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete yours: %1</source>
        <translation>Supprimer le vôtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add a stack fact…</source>
        <translation>Ajouter un fait sur une pile logicielle…</translation>
    </message>
    <message>
        <source>Show %1 in the &amp;Stacks tab</source>
        <translation>Afficher %1 dans l&apos;onglet &amp;Piles logicielles</translation>
    </message>
    <message>
        <source>Add a stack &amp;fact for %1…</source>
        <translation>Ajouter un &amp;fait sur une pile logicielle pour %1…</translation>
    </message>
    <message>
        <source>Add a supply &amp;estimate for %1…</source>
        <translation>Ajouter une &amp;estimation d&apos;approvisionnement pour %1…</translation>
    </message>
    <message>
        <source>&amp;Edit your estimate…</source>
        <translation>&amp;Modifier votre estimation…</translation>
    </message>
    <message>
        <source>&amp;Delete your estimate</source>
        <translation>&amp;Supprimer votre estimation</translation>
    </message>
    <message>
        <source>&amp;Correct this estimate…</source>
        <translation>&amp;Corriger cette estimation…</translation>
    </message>
    <message>
        <source>&amp;Add a supply estimate…</source>
        <translation>&amp;Ajouter une estimation d&apos;approvisionnement…</translation>
    </message>
    <message>
        <source>Add a supply estimate…</source>
        <translation>Ajouter une estimation d&apos;approvisionnement…</translation>
    </message>
    <message>
        <source>Add a stack fact for %1…</source>
        <translation>Ajouter un fait sur une pile logicielle pour %1…</translation>
    </message>
    <message>
        <source>Edit yours…</source>
        <translation>Modifier le vôtre…</translation>
    </message>
    <message>
        <source>Delete yours</source>
        <translation>Supprimer le vôtre</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Correct this estimate…</source>
        <translation>Corriger cette estimation…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Export data (JSON or CSV)…</source>
        <translation>&amp;Exporter les données (JSON ou CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Team library…</source>
        <translation>&amp;Bibliothèque d&apos;équipe…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Exported %1 values to %2</source>
        <translation>%1 valeurs exportées vers %2</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 removed</source>
        <translation>Importé&#xa0;: %1 ajoutées, %2 modifiées, %3 retirées</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>the disk is full: free some space and try again</source>
        <translation>le disque est plein&#xa0;: libérez de l’espace et réessayez</translation>
    </message>
    <message>
        <source>your disk quota is used up: free some space and try again</source>
        <translation>votre quota disque est épuisé&#xa0;: libérez de l’espace et réessayez</translation>
    </message>
    <message>
        <source>permission denied: fix the permissions or choose a folder you can write to</source>
        <translation>permission refusée&#xa0;: corrigez les permissions ou choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>the disk is read-only: choose a folder on a disk you can write to</source>
        <translation>le disque est en lecture seule&#xa0;: choisissez un dossier sur un disque où vous pouvez écrire</translation>
    </message>
    <message>
        <source>the disk or drive reported an input/output error: check the drive, or use another folder</source>
        <translation>le disque ou le lecteur a signalé une erreur d’entrée/sortie&#xa0;: vérifiez le lecteur ou utilisez un autre dossier</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>a file could not be read or written: %1</source>
        <translation>un fichier n’a pas pu être lu ou écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The disk reported an error</source>
        <translation>Le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>The disk that holds the ChipLens data failed to read or write the database (%1). What was being saved was rolled back: the database is as it was before. Check the drive (a failing disk, a disconnected network share or USB drive) and try again; &apos;chiplens db check&apos; checks the database.</source>
        <translation>Le disque qui contient les données de ChipLens n’a pas pu lire ou écrire la base de données (%1). Ce qui était en cours d’enregistrement a été annulé&#xa0;: la base de données est telle qu’avant. Vérifiez le lecteur (un disque défaillant, un partage réseau ou une clé USB déconnectés) et réessayez&#xa0;; «&#xa0;chiplens db check&#xa0;» vérifie la base de données.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>%1: %2 (%3 over %4)</source>
        <translation>%1&#xa0;: %2 (%3 par rapport à %4)</translation>
    </message>
    <message>
        <source>Power cost: %1 for A, %2 for B: %3 (A over B).</source>
        <translation>Coût en puissance&#xa0;: %1 pour A, %2 pour B&#xa0;: %3 (A par rapport à B).</translation>
    </message>
    <message>
        <source>Power cost: %1; against %2: %3.</source>
        <translation>Coût en puissance&#xa0;: %1&#xa0;; par rapport à %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Power cost: %1 (no comparable ratio).</source>
        <translation>Coût en puissance&#xa0;: %1 (aucun rapport comparable).</translation>
    </message>
    <message>
        <source>Power cost: not published for %1.</source>
        <translation>Coût en puissance&#xa0;: non publié pour %1.</translation>
    </message>
    <message>
        <source>No key metric has comparable figures for these devices.</source>
        <translation>Aucun indicateur clé n&apos;a de valeurs comparables pour ces matériels.</translation>
    </message>
    <message>
        <source>1 figure has sources more than %3 apart (marked %1): %2.</source>
        <translation>1 valeur a des sources qui divergent de plus de %3 (marquée %1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 figures have sources more than %4 apart (marked %2): %3.</source>
        <translation>%1 valeurs ont des sources qui divergent de plus de %4 (marquées %2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No figure shown has sources more than %1 apart.</source>
        <translation>Aucune valeur affichée n&apos;a de sources qui divergent de plus de %1.</translation>
    </message>
    <message>
        <source>None of the %1 figures shown rests on a weak citation.</source>
        <translation>Aucune des %1 valeurs affichées ne repose sur une citation peu fiable.</translation>
    </message>
    <message>
        <source>%1 of %2 figure rests on a weak citation</source>
        <translation>%1 valeur sur %2 repose sur une citation peu fiable</translation>
    </message>
    <message>
        <source>%1 of %2 figures rest on weak citations</source>
        <translation>%1 valeurs sur %2 reposent sur des citations peu fiables</translation>
    </message>
    <message>
        <source>(read only on a weak relay: marked %1 in the table; their sources are marked in the source list).</source>
        <translation>(lues uniquement sur un relais peu fiable&#xa0;: marquées %1 dans le tableau&#xa0;; leurs sources sont marquées dans la liste des sources).</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source> %1: </source>
        <translation> %1&#xa0;: </translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Matériel %1</translation>
    </message>
    <message>
        <source>＋ Add device %1 ▾</source>
        <translation>＋ Ajouter le matériel %1 ▾</translation>
    </message>
    <message>
        <source>Remove device %1 from the comparison</source>
        <translation>Retirer le matériel %1 de la comparaison</translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation>Retirer le matériel %1</translation>
    </message>
    <message>
        <source>Ratios against:</source>
        <translation>Référence des rapports&#xa0;:</translation>
    </message>
    <message>
        <source>Baseline column: ratios are taken against it</source>
        <translation>Colonne de référence&#xa0;: les rapports sont calculés par rapport à elle</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Import Epoch AI&apos;s “Data on Machine Learning Hardware” CSV, a ChipLens CSV or a ChipLens JSON data pack (File ▸ Export data). Nothing is written until you choose Import; a backup is made first.</source>
        <translation>Importez le CSV «&#xa0;Data on Machine Learning Hardware&#xa0;» d&apos;Epoch AI, un CSV ChipLens ou un paquet de données JSON ChipLens (Fichier ▸ Exporter les données). Rien n&apos;est écrit avant que vous choisissiez Importer&#xa0;; une sauvegarde est faite au préalable.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>Epoch AI ml_hardware.csv</source>
        <translation>Epoch AI ml_hardware.csv</translation>
    </message>
    <message>
        <source>ChipLens CSV</source>
        <translation>CSV ChipLens</translation>
    </message>
    <message>
        <source>ChipLens JSON data pack</source>
        <translation>Paquet de données JSON ChipLens</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Reading rows: %v of %m</source>
        <translation>Lecture des lignes&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Ce que ferait l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import &amp;valid rows only</source>
        <translation>Importer les lignes &amp;valides seulement</translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the others</source>
        <translation>Écarter les lignes en erreur et importer les autres</translation>
    </message>
    <message>
        <source>Figures 8, 1,000 or 1,024 times off the other sources of the same device look like a unit slip (bytes read as bits). Tick to import them as the file gives them.</source>
        <translation>Les valeurs qui s&apos;écartent d&apos;un facteur 8, 1&#x202f;000 ou 1&#x202f;024 des autres sources du même matériel ressemblent à une erreur d&apos;unité (octets lus comme des bits). Cochez pour les importer telles que le fichier les donne.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Epoch AI data: “Data on Machine Learning Hardware”, epoch.ai (CC-BY 4.0)</source>
        <translation>Données Epoch AI&#xa0;: «&#xa0;Data on Machine Learning Hardware&#xa0;», epoch.ai (CC-BY 4.0)</translation>
    </message>
    <message>
        <source>Data files (*.csv *.json *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers de données (*.csv *.json *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Epoch AI</source>
        <translation>Epoch AI</translation>
    </message>
    <message>
        <source>%1 (%2): added %3 · changed %4 · skipped %5 · removed %6 · errors %7</source>
        <translation>%1 (%2)&#xa0;: %3 ajoutés · %4 modifiés · %5 ignorés · %6 supprimés · %7 erreurs</translation>
    </message>
    <message>
        <source>%1 new devices</source>
        <translation>%1 nouveaux matériels</translation>
    </message>
    <message>
        <source>? %1 figures are held as unit suspect: they are not imported unless you tick “Also import…”.</source>
        <translation>? %1 valeurs sont retenues comme suspectes d&apos;erreur d&apos;unité&#xa0;: elles ne sont importées que si vous cochez «&#xa0;Importer aussi…&#xa0;».</translation>
    </message>
    <message>
        <source>Also import the %1 figures held as unit suspect</source>
        <translation>Importer aussi les %1 valeurs suspectes d&apos;erreur d&apos;unité</translation>
    </message>
    <message>
        <source>✕ The file has errors: nothing is imported unless you import the valid rows only.</source>
        <translation>✕ Le fichier contient des erreurs&#xa0;: rien n&apos;est importé, sauf si vous importez les lignes valides seulement.</translation>
    </message>
    <message>
        <source>%1 known columns are not imported.</source>
        <translation>%1 colonnes connues ne sont pas importées.</translation>
    </message>
    <message>
        <source>Show which, and why</source>
        <translation>Voir lesquelles, et pourquoi</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>+ add</source>
        <translation>+ ajouter</translation>
    </message>
    <message>
        <source>~ change</source>
        <translation>~ modifier</translation>
    </message>
    <message>
        <source>− remove</source>
        <translation>− supprimer</translation>
    </message>
    <message>
        <source>? held</source>
        <translation>? en attente</translation>
    </message>
    <message>
        <source>· skip</source>
        <translation>· ignorer</translation>
    </message>
    <message>
        <source>✕ error</source>
        <translation>✕ erreur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Metric / column</source>
        <translation>Indicateur / colonne</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>Dans la base de données</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the &amp;system (%1)</source>
        <translation>Suivre le &amp;système (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source> Pairing: </source>
        <translation> Paire&#xa0;: </translation>
    </message>
    <message>
        <source>Preset pairings</source>
        <translation>Paires prédéfinies</translation>
    </message>
    <message>
        <source>Device A</source>
        <translation>Matériel A</translation>
    </message>
    <message>
        <source>Device B</source>
        <translation>Matériel B</translation>
    </message>
    <message>
        <source> A: </source>
        <translation> A&#xa0;: </translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ Permuter</translation>
    </message>
    <message>
        <source>Swap sides (Ctrl+Shift+S)</source>
        <translation>Permuter les côtés (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Permuter les côtés</translation>
    </message>
    <message>
        <source> B: </source>
        <translation> B&#xa0;: </translation>
    </message>
    <message>
        <source>More devices</source>
        <translation>Autres matériels</translation>
    </message>
    <message>
        <source>A teammate&apos;s, from the team library</source>
        <translation>Celle d&apos;un collègue, issue de la bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Quote the selected figure into the note</source>
        <translation>&amp;Citer la valeur sélectionnée dans la note</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Quote the selected &amp;event into the note</source>
        <translation>Citer l&apos;&amp;événement sélectionné dans la note</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Comparaison</translation>
    </message>
    <message>
        <source>Choose device &amp;A…</source>
        <translation>Choisir le matériel &amp;A…</translation>
    </message>
    <message>
        <source>Choose device &amp;B…</source>
        <translation>Choisir le matériel &amp;B…</translation>
    </message>
    <message>
        <source>Add or change device &amp;C…</source>
        <translation>Ajouter ou changer le matériel &amp;C…</translation>
    </message>
    <message>
        <source>Add or change device &amp;D…</source>
        <translation>Ajouter ou changer le matériel &amp;D…</translation>
    </message>
    <message>
        <source>&amp;Swap sides</source>
        <translation>&amp;Permuter les côtés</translation>
    </message>
    <message>
        <source>Choose a &amp;preset pairing</source>
        <translation>Choisir une paire &amp;prédéfinie</translation>
    </message>
    <message>
        <source>Save this &amp;pairing…</source>
        <translation>Enregistrer cette &amp;paire…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About ChipLens</source>
        <translation>À &amp;propos de ChipLens</translation>
    </message>
    <message>
        <source>(custom pairing)</source>
        <translation>(paire personnalisée)</translation>
    </message>
    <message>
        <source>Unknown device in %1 vs %2: showing another pairing</source>
        <translation>Matériel inconnu dans %1 vs %2&#xa0;: une autre paire est affichée</translation>
    </message>
    <message>
        <source>That device is already in the comparison.</source>
        <translation>Ce matériel figure déjà dans la comparaison.</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Matériel inconnu</translation>
    </message>
    <message>
        <source>Save pairing</source>
        <translation>Enregistrer la paire</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Enregistrer le groupe</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Policy timeline</source>
        <translation>Chronologie des politiques</translation>
    </message>
    <message>
        <source>Select a figure in the comparison table first.</source>
        <translation>Sélectionnez d&apos;abord une valeur dans le tableau de comparaison.</translation>
    </message>
    <message>
        <source>Select an event in the policy timeline first.</source>
        <translation>Sélectionnez d&apos;abord un événement dans la chronologie des politiques.</translation>
    </message>
    <message>
        <source>Backup restored: the window shows its data.</source>
        <translation>Sauvegarde restaurée&#xa0;: la fenêtre affiche ses données.</translation>
    </message>
    <message>
        <source>What&apos;s &amp;new in the data…</source>
        <translation>&amp;Nouveautés des données…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Started with a fresh database; the damaged file was kept beside it.</source>
        <translation>Démarré avec une nouvelle base de données&#xa0;; le fichier endommagé a été conservé à côté.</translation>
    </message>
    <message>
        <source>What could be read was recovered: the window shows it.</source>
        <translation>Ce qui pouvait être lu a été récupéré&#xa0;: la fenêtre l&apos;affiche.</translation>
    </message>
    <message>
        <source>Notes saved outside the store</source>
        <translation>Notes enregistrées hors de la base de données</translation>
    </message>
    <message>
        <source>When ChipLens last closed, the store did not take some notes. Their text was saved in:

%1

Open the file and copy the text back into your notes. This message shows at each start until the file is moved or deleted.</source>
        <translation>À la dernière fermeture de ChipLens, la base de données n&apos;a pas accepté certaines notes. Leur texte a été enregistré dans&#xa0;:

%1

Ouvrez le fichier et recopiez le texte dans vos notes. Ce message s&apos;affiche à chaque démarrage tant que le fichier n&apos;est pas déplacé ou supprimé.</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Note preview</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>The preview shows the beginning of this note (%1 characters); the editor has all of it.</source>
        <translation>L’aperçu montre le début de cette note (%1 caractères)&#xa0;; l’éditeur la contient en entier.</translation>
    </message>
</context>
<context>
    <name>MarketShare</name>
    <message>
        <source>China&apos;s AI-accelerator market: shares by vendor and year, one line per source</source>
        <translation>Marché chinois des accélérateurs d&apos;IA&#xa0;: parts par fabricant et par année, une courbe par source</translation>
    </message>
    <message>
        <source>share of the market, %</source>
        <translation>part de marché, %</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1; read on %2, %3 · %4</source>
        <translation>%1&#xa0;; lu sur %2, %3 · %4</translation>
    </message>
    <message>
        <source>hollow marker: a forecast</source>
        <translation>marqueur vide&#xa0;: prévision</translation>
    </message>
    <message>
        <source>marker shape: who made the figures (%1)</source>
        <translation>forme du marqueur&#xa0;: origine des valeurs (%1)</translation>
    </message>
    <message>
        <source>Not charted (no year to place them on): %1.</source>
        <translation>Non représentées (aucune année où les placer)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No source gives China&apos;s AI-accelerator market share by year.</source>
        <translation>Aucune source ne donne la part de marché annuelle des accélérateurs d&apos;IA en Chine.</translation>
    </message>
</context>
<context>
    <name>MarketShareChart</name>
    <message>
        <source>Market-share chart: China&apos;s AI-accelerator market by vendor and year</source>
        <translation>Graphique des parts de marché&#xa0;: marché chinois des accélérateurs d&apos;IA par fabricant et par année</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Team library members</source>
        <translation>Membres de la bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>rédacteur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Notes message</source>
        <translation>Message des notes</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>Interconnexion</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Silicon</source>
        <translation>Silicium</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Dense BF16/FP16</source>
        <translation>BF16/FP16 dense</translation>
    </message>
    <message>
        <source>Peak dense (no 2:4 sparsity) 16-bit tensor/matrix throughput. Vendors usually headline the sparse figure, twice as high. Only dense figures: a vendor&apos;s 2:4-sparse figure appears here halved, as a derived figure with its formula, and in its own row.</source>
        <translation>Débit crête dense (sans parcimonie 2:4) des unités tensorielles/matricielles en 16 bits. Les fabricants mettent d’ordinaire en avant la valeur creuse, deux fois plus élevée. Valeurs denses uniquement&#xa0;: la valeur creuse 2:4 d’un fabricant apparaît ici divisée par deux, comme valeur dérivée avec sa formule, et dans sa propre ligne.</translation>
    </message>
    <message>
        <source>Dense FP8</source>
        <translation>FP8 dense</translation>
    </message>
    <message>
        <source>Peak dense 8-bit floating-point tensor throughput. Only dense figures: a vendor&apos;s 2:4-sparse figure appears here halved, as a derived figure with its formula, and in its own row.</source>
        <translation>Débit crête dense des unités tensorielles en virgule flottante 8 bits. Valeurs denses uniquement&#xa0;: la valeur creuse 2:4 d’un fabricant apparaît ici divisée par deux, comme valeur dérivée avec sa formule, et dans sa propre ligne.</translation>
    </message>
    <message>
        <source>Dense FP4</source>
        <translation>FP4 dense</translation>
    </message>
    <message>
        <source>Peak dense 4-bit floating-point (FP4/MXFP4) tensor throughput. Only dense figures: a vendor&apos;s 2:4-sparse figure appears here halved, as a derived figure with its formula, and in its own row.</source>
        <translation>Débit crête dense des unités tensorielles en virgule flottante 4 bits (FP4/MXFP4). Valeurs denses uniquement&#xa0;: la valeur creuse 2:4 d’un fabricant apparaît ici divisée par deux, comme valeur dérivée avec sa formule, et dans sa propre ligne.</translation>
    </message>
    <message>
        <source>Dense INT8</source>
        <translation>INT8 dense</translation>
    </message>
    <message>
        <source>Peak dense 8-bit integer throughput, in tera-operations per second. Only dense figures: a vendor&apos;s 2:4-sparse figure appears here halved, as a derived figure with its formula, and in its own row.</source>
        <translation>Débit crête dense en entiers 8 bits, en téra-opérations par seconde. Valeurs denses uniquement&#xa0;: la valeur creuse 2:4 d’un fabricant apparaît ici divisée par deux, comme valeur dérivée avec sa formule, et dans sa propre ligne.</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>Peak single-precision throughput (vector or matrix units, as the source states).</source>
        <translation>Débit crête en simple précision (unités vectorielles ou matricielles, selon la source).</translation>
    </message>
    <message>
        <source>FP64</source>
        <translation>FP64</translation>
    </message>
    <message>
        <source>Peak double-precision throughput.</source>
        <translation>Débit crête en double précision.</translation>
    </message>
    <message>
        <source>Sparse BF16/FP16 (2:4, vendor headline)</source>
        <translation>BF16/FP16 creux (2:4, annonce du fabricant)</translation>
    </message>
    <message>
        <source>Peak 16-bit throughput with 2:4 structured sparsity, as vendors headline it: twice the dense rate, reached only by models pruned to that pattern. Never compared with a dense figure.</source>
        <translation>Débit crête en 16 bits avec parcimonie structurée 2:4, tel que les fabricants l’annoncent&#xa0;: deux fois le débit dense, atteint seulement par des modèles élagués selon ce motif. Jamais comparé à une valeur dense.</translation>
    </message>
    <message>
        <source>Sparse FP8 (2:4, vendor headline)</source>
        <translation>FP8 creux (2:4, annonce du fabricant)</translation>
    </message>
    <message>
        <source>Peak 8-bit floating-point throughput with 2:4 structured sparsity, as vendors headline it: twice the dense rate, reached only by models pruned to that pattern. Never compared with a dense figure.</source>
        <translation>Débit crête en virgule flottante 8 bits avec parcimonie structurée 2:4, tel que les fabricants l’annoncent&#xa0;: deux fois le débit dense, atteint seulement par des modèles élagués selon ce motif. Jamais comparé à une valeur dense.</translation>
    </message>
    <message>
        <source>Sparse FP4 (2:4, vendor headline)</source>
        <translation>FP4 creux (2:4, annonce du fabricant)</translation>
    </message>
    <message>
        <source>Peak 4-bit floating-point throughput with 2:4 structured sparsity, as vendors headline it: twice the dense rate, reached only by models pruned to that pattern. Never compared with a dense figure.</source>
        <translation>Débit crête en virgule flottante 4 bits avec parcimonie structurée 2:4, tel que les fabricants l’annoncent&#xa0;: deux fois le débit dense, atteint seulement par des modèles élagués selon ce motif. Jamais comparé à une valeur dense.</translation>
    </message>
    <message>
        <source>Sparse INT8 (2:4, vendor headline)</source>
        <translation>INT8 creux (2:4, annonce du fabricant)</translation>
    </message>
    <message>
        <source>Peak 8-bit integer throughput with 2:4 structured sparsity, as vendors headline it: twice the dense rate, reached only by models pruned to that pattern. Never compared with a dense figure.</source>
        <translation>Débit crête en entiers 8 bits avec parcimonie structurée 2:4, tel que les fabricants l’annoncent&#xa0;: deux fois le débit dense, atteint seulement par des modèles élagués selon ce motif. Jamais comparé à une valeur dense.</translation>
    </message>
    <message>
        <source>Memory capacity</source>
        <translation>Capacité mémoire</translation>
    </message>
    <message>
        <source>On-package memory (HBM) capacity, decimal GB/TB.</source>
        <translation>Capacité de la mémoire intégrée au boîtier (HBM), en Go/To décimaux.</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>Bande passante mémoire</translation>
    </message>
    <message>
        <source>Peak on-package memory (HBM) bandwidth.</source>
        <translation>Bande passante crête de la mémoire intégrée au boîtier (HBM).</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation>Type de mémoire</translation>
    </message>
    <message>
        <source>Memory technology and stacks. A system without its own figure shows its accelerator&apos;s, via its composition.</source>
        <translation>Technologie de mémoire et piles. Un système sans valeur propre affiche celle de son accélérateur, via sa composition.</translation>
    </message>
    <message>
        <source>Scale-up bandwidth per accelerator</source>
        <translation>Bande passante scale-up par accélérateur</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth inside the scale-up domain (NVLink, HCCS, UB...), per accelerator. Bidirectional aggregate unless marked unidirectional: never compare one with the other.</source>
        <translation>Bande passante entre puces au sein du domaine scale-up (NVLink, HCCS, UB...), par accélérateur. Agrégat bidirectionnel sauf mention unidirectionnelle&#xa0;: ne jamais comparer l’un à l’autre.</translation>
    </message>
    <message>
        <source>Scale-up bandwidth, whole domain</source>
        <translation>Bande passante scale-up, domaine entier</translation>
    </message>
    <message>
        <source>Aggregate scale-up bandwidth of the whole domain (all accelerators).</source>
        <translation>Bande passante scale-up agrégée du domaine entier (tous les accélérateurs).</translation>
    </message>
    <message>
        <source>Scale-out bandwidth per accelerator</source>
        <translation>Bande passante scale-out par accélérateur</translation>
    </message>
    <message>
        <source>Network bandwidth per accelerator out of the scale-up domain (NICs).</source>
        <translation>Bande passante réseau par accélérateur vers l’extérieur du domaine scale-up (cartes réseau).</translation>
    </message>
    <message>
        <source>Scale-up interconnect</source>
        <translation>Interconnexion scale-up</translation>
    </message>
    <message>
        <source>Technology and topology of the scale-up links. A system without its own figure shows its accelerator&apos;s, via its composition.</source>
        <translation>Technologie et topologie des liens scale-up. Un système sans valeur propre affiche celle de son accélérateur, via sa composition.</translation>
    </message>
    <message>
        <source>Optical transceivers</source>
        <translation>Émetteurs-récepteurs optiques</translation>
    </message>
    <message>
        <source>Optical modules used by the system.</source>
        <translation>Modules optiques utilisés par le système.</translation>
    </message>
    <message>
        <source>Power (TDP or all-in)</source>
        <translation>Puissance (TDP ou totale)</translation>
    </message>
    <message>
        <source>Chips: thermal design power (TDP). Systems: all-in power including CPUs, networking and optics where the source says so; a sum of chip TDPs is marked as such and leaves out everything else.</source>
        <translation>Puces&#xa0;: enveloppe thermique (TDP). Systèmes&#xa0;: puissance totale (tout compris) incluant CPU, réseau et optique lorsque la source le dit&#xa0;; une somme de TDP de puces est signalée comme telle et laisse de côté tout le reste.</translation>
    </message>
    <message>
        <source>Power per accelerator</source>
        <translation>Puissance par accélérateur</translation>
    </message>
    <message>
        <source>Systems: the system&apos;s power divided by its accelerators. All-in power over the accelerators is what each one costs in the system (CPUs, network and optics included), to set beside a chip&apos;s own TDP. Chips: see Power.</source>
        <translation>Systèmes&#xa0;: la puissance du système divisée par ses accélérateurs. La puissance totale rapportée aux accélérateurs est ce que chacun coûte dans le système (CPU, réseau et optique compris), à mettre en regard du TDP propre d’une puce. Puces&#xa0;: voir Puissance.</translation>
    </message>
    <message>
        <source>Dense BF16 TFLOPS per watt</source>
        <translation>TFLOPS BF16 denses par watt</translation>
    </message>
    <message>
        <source>Energy efficiency: dense BF16/FP16 throughput divided by power (TDP for chips, all-in for systems where published).</source>
        <translation>Efficacité énergétique&#xa0;: débit BF16/FP16 dense divisé par la puissance (TDP pour les puces, puissance totale pour les systèmes lorsqu’elle est publiée).</translation>
    </message>
    <message>
        <source>dense BF16/FP16 ÷ power</source>
        <translation>BF16/FP16 dense ÷ puissance</translation>
    </message>
    <message>
        <source>Memory bandwidth per dense BF16 TFLOPS</source>
        <translation>Bande passante mémoire par TFLOPS BF16 dense</translation>
    </message>
    <message>
        <source>How well memory feeds compute (bytes per thousand FLOP): decisive for inference decode.</source>
        <translation>Dans quelle mesure la mémoire alimente le calcul (octets pour mille FLOP)&#xa0;: décisif pour le décodage en inférence.</translation>
    </message>
    <message>
        <source>memory bandwidth ÷ dense BF16/FP16</source>
        <translation>bande passante mémoire ÷ BF16/FP16 dense</translation>
    </message>
    <message>
        <source>Total processing performance (TPP, US export-control metric)</source>
        <translation>Performance totale de traitement (TPP, indicateur du contrôle à l’exportation américain)</translation>
    </message>
    <message>
        <source>TPP = 2 × MacTOPS × bit length, the quantity of ECCN 3A090 (Oct 2022 / Oct 2023 rules); 4,800 is the licence threshold. Computed from dense 16-bit throughput.</source>
        <translation>TPP = 2 × MacTOPS × longueur en bits, la grandeur de l’ECCN 3A090 (règles d’oct. 2022 / oct. 2023)&#xa0;; 4 800 est le seuil de licence. Calculé à partir du débit dense en 16 bits.</translation>
    </message>
    <message>
        <source>dense BF16/FP16 TFLOPS × 16 (bit length)</source>
        <translation>TFLOPS BF16/FP16 denses × 16 (longueur en bits)</translation>
    </message>
    <message>
        <source>Export-control status</source>
        <translation>Statut au regard des contrôles à l’exportation</translation>
    </message>
    <message>
        <source>US export-control status and China-specific rules, as sources state it.</source>
        <translation>Statut au regard des contrôles à l’exportation américains et règles propres à la Chine, tels que les sources les décrivent.</translation>
    </message>
    <message>
        <source>Process node</source>
        <translation>Nœud de gravure</translation>
    </message>
    <message>
        <source>Manufacturing process. A system without its own figure shows its accelerator&apos;s, via its composition.</source>
        <translation>Procédé de fabrication. Un système sans valeur propre affiche celle de son accélérateur, via sa composition.</translation>
    </message>
    <message>
        <source>Foundry</source>
        <translation>Fondeur</translation>
    </message>
    <message>
        <source>Who makes the dies. A system without its own figure shows its accelerator&apos;s, via its composition.</source>
        <translation>Qui fabrique les dies. Un système sans valeur propre affiche celle de son accélérateur, via sa composition.</translation>
    </message>
    <message>
        <source>Die area</source>
        <translation>Surface de la puce</translation>
    </message>
    <message>
        <source>Compute die area (per die unless the note says otherwise).</source>
        <translation>Surface du die de calcul (par die sauf indication contraire dans la note).</translation>
    </message>
    <message>
        <source>Transistors</source>
        <translation>Transistors</translation>
    </message>
    <message>
        <source>Transistor count.</source>
        <translation>Nombre de transistors.</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>What a system is built from: accelerators and CPUs, with the source of each count.</source>
        <translation>Ce dont un système est fait&#xa0;: accélérateurs et CPU, avec la source de chaque nombre.</translation>
    </message>
    <message>
        <source>Family / architecture</source>
        <translation>Famille / architecture</translation>
    </message>
    <message>
        <source>Product family and architecture. A system without its own figure shows its accelerator&apos;s, via its composition.</source>
        <translation>Famille de produits et architecture. Un système sans valeur propre affiche celle de son accélérateur, via sa composition.</translation>
    </message>
    <message>
        <source>Form factor</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Module, card or rack format.</source>
        <translation>Format de module, de carte ou de rack.</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>First announcement.</source>
        <translation>Première annonce.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Shipping or planned availability.</source>
        <translation>Livraisons ou disponibilité prévue.</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Number and kind of racks or cabinets of a system.</source>
        <translation>Nombre et type de racks ou d’armoires d’un système.</translation>
    </message>
    <message>
        <source>Deployed units</source>
        <translation>Unités déployées</translation>
    </message>
    <message>
        <source>Deployment figures stated by the vendor or press.</source>
        <translation>Chiffres de déploiement indiqués par le fabricant ou la presse.</translation>
    </message>
    <message>
        <source>Published claims and ratios</source>
        <translation>Annonces et rapports publiés</translation>
    </message>
    <message>
        <source>Comparisons and performance claims as the sources word them (not computed by ChipLens).</source>
        <translation>Comparaisons et annonces de performances telles que les sources les formulent (non calculées par ChipLens).</translation>
    </message>
    <message>
        <source>Notes from sources</source>
        <translation>Notes des sources</translation>
    </message>
    <message>
        <source>Other sourced facts.</source>
        <translation>Autres faits sourcés.</translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NoteAutosaver</name>
    <message>
        <source># Notes ChipLens could not save</source>
        <translation># Notes que ChipLens n&apos;a pas pu enregistrer</translation>
    </message>
    <message>
        <source>ChipLens was closing and the store did not take these texts (%1). Each is the note as it was last typed: copy it back into the note.</source>
        <translation>ChipLens se fermait et la base de données n&apos;a pas accepté ces textes (%1). Chacun est la note telle qu&apos;elle a été tapée en dernier&#xa0;: recopiez-la dans la note.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Note id: %1</source>
        <translation>Identifiant de la note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>No note open.
Pick one in the list, or make a new one (Ctrl+N).</source>
        <translation>Aucune note ouverte.
Choisissez-en une dans la liste ou créez-en une (Ctrl+N).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Titre de la note</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Étiquettes de la note</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Only the Markdown text</source>
        <translation>Texte Markdown seul</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Text and preview</source>
        <translation>Texte et aperçu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Only the preview</source>
        <translation>Aperçu seul</translation>
    </message>
    <message>
        <source> (Ctrl+Shift+M cycles)</source>
        <translation> (Ctrl+Shift+M pour alterner)</translation>
    </message>
    <message>
        <source>%1 mode</source>
        <translation>Mode %1</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <source>Versions of the note</source>
        <translation>Versions de la note</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the note to the trash</source>
        <translation>Mettre la note à la corbeille</translation>
    </message>
    <message>
        <source>Move the note to the trash (Undo brings it back)</source>
        <translation>Mettre la note à la corbeille (Annuler pour la récupérer)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore the note from the trash</source>
        <translation>Restaurer la note depuis la corbeille</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>Texte de la note (Markdown)</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, - list, | table |, [link](https://…), `code`. Saved as you type.</source>
        <translation>Écrivez en Markdown&#xa0;: # titre, - liste, | tableau |, [lien](https://…), `code`. Enregistrement au fil de la saisie.</translation>
    </message>
    <message>
        <source>Saved again: the store takes your notes again.</source>
        <translation>Enregistrement rétabli&#xa0;: la base de données accepte de nouveau vos notes.</translation>
    </message>
    <message>
        <source>Your text is kept here and saving is retried every %1 s and after your next edit.</source>
        <translation>Votre texte est conservé ici&#xa0;; l&apos;enregistrement est retenté toutes les %1 s et après votre prochaine modification.</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Non enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Not shared:</source>
        <translation>Non partagée&#xa0;:</translation>
    </message>
    <message>
        <source>Shared with the team: the note goes to the team library at the next sync, and every later save follows it.</source>
        <translation>Partagée avec l&apos;équipe&#xa0;: la note part vers la bibliothèque d&apos;équipe à la prochaine synchronisation, et chaque enregistrement ultérieur la suit.</translation>
    </message>
    <message>
        <source>The note had been deleted elsewhere; your text was saved as a new note.</source>
        <translation>La note avait été supprimée ailleurs&#xa0;; votre texte a été enregistré comme nouvelle note.</translation>
    </message>
    <message>
        <source>In the trash (read-only). Restore it to edit.</source>
        <translation>Dans la corbeille (lecture seule). Restaurez-la pour la modifier.</translation>
    </message>
    <message>
        <source>Not saved yet — retrying</source>
        <translation>Pas encore enregistré — nouvel essai en cours</translation>
    </message>
    <message>
        <source>Edited…</source>
        <translation>Modifié…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>NoteLinks</name>
    <message>
        <source>Links of the note</source>
        <translation>Liens de la note</translation>
    </message>
    <message>
        <source>＋ Link to on screen</source>
        <translation>＋ Lier à ce qui est affiché</translation>
    </message>
    <message>
        <source>Link the note to what is on screen</source>
        <translation>Lier la note à ce qui est affiché à l’écran</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(introuvable)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>It no longer exists in the database; the link is kept.</source>
        <translation>Cet élément n’existe plus dans la base de données&#xa0;; le lien est conservé.</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Supprimer ce lien</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>On screen</source>
        <translation>À l&apos;écran</translation>
    </message>
    <message>
        <source>Notes linked to the devices, pairing or event on screen</source>
        <translation>Notes liées aux matériels, à la paire ou à l&apos;événement affichés</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Every note</source>
        <translation>Toutes les notes, sans filtre</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Notes moved to the trash</source>
        <translation>Notes mises à la corbeille</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>＋ New note</source>
        <translation>＋ Nouvelle note</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>New note, linked to what is on screen (Ctrl+N)</source>
        <translation>Nouvelle note, liée à ce qui est à l&apos;écran (Ctrl+N)</translation>
    </message>
    <message>
        <source>Export and import notes</source>
        <translation>Exporter et importer des notes</translation>
    </message>
    <message>
        <source>Export or import notes as Markdown files</source>
        <translation>Exporter ou importer des notes en fichiers Markdown</translation>
    </message>
    <message>
        <source>Export this note as Markdown…</source>
        <translation>Exporter cette note en Markdown…</translation>
    </message>
    <message>
        <source>Export all notes as Markdown…</source>
        <translation>Exporter toutes les notes en Markdown…</translation>
    </message>
    <message>
        <source>Import Markdown notes…</source>
        <translation>Importer des notes Markdown…</translation>
    </message>
    <message>
        <source>Search notes (Ctrl+F)</source>
        <translation>Rechercher dans les notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Show only notes with this tag</source>
        <translation>Afficher seulement les notes portant cette étiquette</translation>
    </message>
    <message>
        <source>Filter by linked device</source>
        <translation>Filtrer par matériel lié</translation>
    </message>
    <message>
        <source>Show only notes linked to this device</source>
        <translation>Afficher seulement les notes liées à ce matériel</translation>
    </message>
    <message>
        <source>Sort notes</source>
        <translation>Trier les notes</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Titre A–Z</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>Tous les matériels</translation>
    </message>
    <message>
        <source>No notes match “%1”.</source>
        <translation>Aucune note ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>No notes are linked to what is on screen.
New note (Ctrl+N) makes one that is.</source>
        <translation>Aucune note n&apos;est liée à ce qui est à l&apos;écran.
Nouvelle note (Ctrl+N) en crée une liée.</translation>
    </message>
    <message>
        <source>Nothing is on screen to link notes to.</source>
        <translation>Aucun élément à l&apos;écran auquel lier des notes.</translation>
    </message>
    <message>
        <source>No notes yet.
New note (Ctrl+N) starts one.</source>
        <translation>Aucune note pour l&apos;instant.
Nouvelle note (Ctrl+N) permet d&apos;en créer une.</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>shared with the team</source>
        <translation>partagée avec l&apos;équipe</translation>
    </message>
    <message>
        <source>%n link(s)</source>
        <translation>%n lien(s)</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 lien</translation>
    </message>
</context>
<context>
    <name>NoteTeamBar</name>
    <message>
        <source>Shared with the team</source>
        <translation>Partagée avec l&apos;équipe</translation>
    </message>
    <message>
        <source>Send this note to the team library at the next sync; its later saves follow it. A shared note stays shared.</source>
        <translation>Envoyer cette note à la bibliothèque d&apos;équipe à la prochaine synchronisation&#xa0;; ses enregistrements ultérieurs suivront. Une note partagée le reste.</translation>
    </message>
</context>
<context>
    <name>NoteVersionsDialog</name>
    <message>
        <source>Versions of “%1”</source>
        <translation>Versions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Note versions</source>
        <translation>Versions de la note</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Versions enregistrées, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>Preview of the selected version</source>
        <translation>Aperçu de la version sélectionnée</translation>
    </message>
    <message>
        <source>No earlier versions yet. A version is kept when you switch notes, close ChipLens, or restore one.</source>
        <translation>Aucune version antérieure pour l&apos;instant. Une version est conservée quand vous changez de note, fermez ChipLens ou en restaurez une.</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <source>Replace the note&apos;s text with this version (the current text is kept as a version too)</source>
        <translation>Remplacer le texte de la note par cette version (le texte actuel est aussi conservé comme version)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>[image not shown: local files are not loaded]</source>
        <translation>[image non affichée&#xa0;: les fichiers locaux ne sont pas chargés]</translation>
    </message>
    <message>
        <source>[image not shown: remote images are not loaded]</source>
        <translation>[image non affichée&#xa0;: les images distantes ne sont pas chargées]</translation>
    </message>
    <message>
        <source>[image not shown: images in notes are not loaded]</source>
        <translation>[image non affichée&#xa0;: les images des notes ne sont pas chargées]</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Move note “%1” to the trash</source>
        <translation>Mettre la note «&#xa0;%1&#xa0;» à la corbeille</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs </translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Cette note n&apos;existe plus.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>&lt;b&gt;The note was not created.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La note n&apos;a pas été créée.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The note was not deleted.</source>
        <translation>La note n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <source>The note was not restored.</source>
        <translation>La note n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Note restaurée depuis la corbeille.</translation>
    </message>
    <message>
        <source>The trash is already empty.</source>
        <translation>La corbeille est déjà vide.</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Vider la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the %1 notes in the trash for good? This cannot be undone.</source>
        <translation>Supprimer définitivement les %1 notes de la corbeille&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleted %1 notes for good.</source>
        <translation>%1 notes supprimées définitivement.</translation>
    </message>
    <message>
        <source>The version was not restored.</source>
        <translation>La version n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <source>Restored an earlier version. The text it replaced is in Versions… too.</source>
        <translation>Version antérieure restaurée. Le texte remplacé se trouve aussi dans Versions…</translation>
    </message>
    <message>
        <source>Open a note to export it.</source>
        <translation>Ouvrez une note pour l&apos;exporter.</translation>
    </message>
    <message>
        <source>Export notes to a folder</source>
        <translation>Exporter les notes dans un dossier</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Export failed:</source>
        <translation>Échec de l&apos;exportation&#xa0;:</translation>
    </message>
    <message>
        <source>Exported %1 note(s) to %2</source>
        <translation>%1 note(s) exportée(s) vers %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already holds %2 file(s) with the names of these notes:

%3

Replace them?</source>
        <translation>%1 contient déjà %2 fichier(s) portant le nom de ces notes&#xa0;:

%3

Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>Importer des notes depuis un dossier</translation>
    </message>
    <message>
        <source>Import failed:</source>
        <translation>Échec de l&apos;importation&#xa0;:</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation>Importées&#xa0;: %1 nouvelles, %2 mises à jour, %3 inchangées</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation>Note «&#xa0;%1&#xa0;» déplacée dans la corbeille.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Edit the pairing or group</source>
        <translation>Modifier la paire ou le groupe</translation>
    </message>
    <message>
        <source>Save a pairing or group</source>
        <translation>Enregistrer une paire ou un groupe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Matériel %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Device &amp;%1</source>
        <translation>Matériel &amp;%1</translation>
    </message>
    <message>
        <source>Baseline: ratios are taken against this device</source>
        <translation>Référence&#xa0;: les rapports sont calculés par rapport à ce matériel</translation>
    </message>
    <message>
        <source>&amp;Ratios against</source>
        <translation>&amp;Référence des rapports</translation>
    </message>
</context>
<context>
    <name>PerPackageBar</name>
    <message>
        <source>Show as published</source>
        <translation>Afficher tel que publié</translation>
    </message>
    <message>
        <source>⚠ A figure per board or superchip is not comparable with a single package: %1.</source>
        <translation>⚠ Une valeur par carte ou par superpuce n&apos;est pas comparable à celle d&apos;un seul boîtier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Compare per package</source>
        <translation>Comparer par boîtier</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>%1 and %2 differ by the factor between %3 and %4 (binary and decimal units): one of them may count in %3</source>
        <translation>%1 et %2 diffèrent du facteur entre %3 et %4 (unités binaires et décimales)&#xa0;: l&apos;une des deux est peut-être exprimée en %3</translation>
    </message>
    <message>
        <source>%1 and %2 differ by a factor of 8: one of them may count bits, not bytes</source>
        <translation>%1 et %2 diffèrent d&apos;un facteur 8&#xa0;: l&apos;une des deux compte peut-être des bits, et non des octets</translation>
    </message>
    <message>
        <source>%1 is stated for %3, %2 for %4</source>
        <translation>%1 est déclarée pour %3, %2 pour %4</translation>
    </message>
    <message>
        <source>%1 was produced by %3, %2 by %4: an outside figure against the vendor&apos;s own</source>
        <translation>%1 a pour origine %3, %2 a pour origine %4&#xa0;: une valeur externe face à celle du fabricant</translation>
    </message>
    <message>
        <source>%1 is stated for %2; %3 states no condition</source>
        <translation>%1 est déclarée pour %2&#xa0;; %3 ne précise aucune condition</translation>
    </message>
    <message>
        <source>the figures differ by %1 (highest ÷ lowest − 1)</source>
        <translation>les valeurs diffèrent de %1 (la plus haute ÷ la plus basse − 1)</translation>
    </message>
    <message>
        <source>Known reason</source>
        <translation>Raison connue</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>official figure</source>
        <translation>valeur officielle</translation>
    </message>
    <message>
        <source>third-party figure</source>
        <translation>valeur tierce</translation>
    </message>
    <message>
        <source>reported figure</source>
        <translation>valeur rapportée</translation>
    </message>
    <message>
        <source>figure of no stated confidence</source>
        <translation>valeur sans niveau de confiance précisé</translation>
    </message>
    <message>
        <source>worked out by ChipLens</source>
        <translation>calculée par ChipLens</translation>
    </message>
    <message>
        <source>read on its producer&apos;s own page</source>
        <translation>lue sur la page de son origine</translation>
    </message>
    <message>
        <source>read on a reputable relay</source>
        <translation>lue sur un relais fiable</translation>
    </message>
    <message>
        <source>read on a weak relay</source>
        <translation>lue sur un relais peu fiable</translation>
    </message>
    <message>
        <source>arithmetic on other figures</source>
        <translation>calcul à partir d&apos;autres valeurs</translation>
    </message>
    <message>
        <source>carrier not stated</source>
        <translation>support non précisé</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>reputable relay</source>
        <translation>relais fiable</translation>
    </message>
    <message>
        <source>weak relay</source>
        <translation>relais peu fiable</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>dérivé</translation>
    </message>
    <message>
        <source>the vendor</source>
        <translation>le fabricant</translation>
    </message>
    <message>
        <source>the vendor, as reported by the press</source>
        <translation>le fabricant, selon la presse</translation>
    </message>
    <message>
        <source>a dataset compiler</source>
        <translation>un compilateur de données</translation>
    </message>
    <message>
        <source>an analyst</source>
        <translation>un analyste</translation>
    </message>
    <message>
        <source>a government</source>
        <translation>un gouvernement</translation>
    </message>
    <message>
        <source>the press</source>
        <translation>la presse</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>produced by %1</source>
        <translation>origine&#xa0;: %1</translation>
    </message>
    <message>
        <source>producer not stated</source>
        <translation>origine non précisée</translation>
    </message>
    <message>
        <source>%1 read on a weak relay (aggregator, wiki, reseller blog, mirror)</source>
        <translation>%1 lue sur un relais peu fiable (agrégateur, wiki, blog de revendeur, miroir)</translation>
    </message>
    <message>
        <source>weak relay only</source>
        <translation>relais peu fiable uniquement</translation>
    </message>
    <message>
        <source>%1 before a source: every figure cited to it was read on a weak relay</source>
        <translation>%1 devant une source&#xa0;: toutes les valeurs qui lui sont attribuées ont été lues sur un relais peu fiable</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <source>official</source>
        <translation>officiel</translation>
    </message>
    <message>
        <source>third-party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>rapporté</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>no source (derived)</source>
        <translation>aucune source (dérivé)</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>no source in the catalog gives this figure</source>
        <translation>aucune source du catalogue ne donne cette valeur</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trouvé</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>Basis: </source>
        <translation>Base&#xa0;: </translation>
    </message>
    <message>
        <source>Derived: </source>
        <translation>Dérivé&#xa0;: </translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Source&#xa0;: </translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Note&#xa0;: </translation>
    </message>
    <message>
        <source>Sources disagree (more than %1): </source>
        <translation>Les sources divergent (de plus de %1)&#xa0;: </translation>
    </message>
    <message>
        <source>%n other figure(s): select the cell to see them and pick another source.</source>
        <translation>%n autre(s) valeur(s)&#xa0;: sélectionnez la cellule pour les voir et choisir une autre source.</translation>
    </message>
    <message>
        <source>You chose this source for this cell.</source>
        <translation>Vous avez choisi cette source pour cette cellule.</translation>
    </message>
    <message>
        <source>Your own figure (italic): right-click to edit it.</source>
        <translation>Votre propre valeur (en italique)&#xa0;: clic droit pour la modifier.</translation>
    </message>
    <message>
        <source>Added by %1 (overlined), from the team library: right-click to correct it with a figure of your own.</source>
        <translation>Ajoutée par %1 (trait au-dessus), issue de la bibliothèque d&apos;équipe&#xa0;: clic droit pour la corriger par votre propre valeur.</translation>
    </message>
    <message>
        <source>Imported from a data file (File ▸ Import data); a newer import of it updates it.</source>
        <translation>Importée d&apos;un fichier de données (Fichier ▸ Importer des données)&#xa0;; une importation plus récente la met à jour.</translation>
    </message>
    <message>
        <source>Baseline: the other devices&apos; ratios are taken against this one.</source>
        <translation>Référence&#xa0;: les rapports des autres matériels sont calculés par rapport à celui-ci.</translation>
    </message>
    <message>
        <source>No ratio: a figure is missing or not numeric.</source>
        <translation>Pas de rapport&#xa0;: une valeur manque ou n&apos;est pas numérique.</translation>
    </message>
    <message>
        <source>Compare ▸ Per accelerator package splits a board&apos;s or superchip&apos;s figures.</source>
        <translation>Comparer ▸ Par boîtier d&apos;accélérateur répartit les valeurs d&apos;une carte ou d&apos;une superpuce.</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus élevé est meilleur</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas est meilleur</translation>
    </message>
    <message>
        <source>neither side is better</source>
        <translation>aucun côté n&apos;est meilleur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>ajoutée par %1</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>affichée</translation>
    </message>
    <message>
        <source>Use this figure</source>
        <translation>Utiliser cette valeur</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Sources disagree by more than %1</source>
        <translation>Les sources divergent de plus de %1</translation>
    </message>
    <message>
        <source>no source gives this figure</source>
        <translation>aucune source ne donne cette valeur</translation>
    </message>
    <message>
        <source>You picked this figure.</source>
        <translation>Vous avez choisi cette valeur.</translation>
    </message>
    <message>
        <source>Back to automatic choice</source>
        <translation>Revenir au choix automatique</translation>
    </message>
    <message>
        <source>Automatic choice, the same for this device in every comparison: the row’s standard kind of figure first; then read on its producer’s own page, on a reputable relay, worked out, on a weak relay; official before third-party before reported; stored before derived; exact before approximate; newest first.</source>
        <translation>Choix automatique, le même pour ce matériel dans chaque comparaison&#xa0;: d&apos;abord le type de valeur habituel de la ligne&#xa0;; puis lue sur la page de son producteur, sur un relais fiable, calculée, sur un relais peu fiable&#xa0;; officiel avant tiers avant rapporté&#xa0;; stockée avant dérivée&#xa0;; exacte avant approchée&#xa0;; la plus récente d&apos;abord.</translation>
    </message>
    <message>
        <source>overlined: a teammate&apos;s figure, from the team library</source>
        <translation>trait au-dessus&#xa0;: la valeur d&apos;un collègue, issue de la bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <source>O official · T third-party · R reported (letter in a circle) · ƒ derived, with its formula · dotted circle with a small ring: read only on a weak relay (aggregator, wiki, reseller) · ≠ sources disagree by more than %2 · %1 the sides&apos; figures come from different sources or methods · ▲ better side · ⚠ basis not fully stated · underlined: your pick · italic: your figure · hover or select a cell for its sources and basis, right-click to edit</source>
        <translation>O officiel · T tiers · R rapporté (lettre dans un cercle) · ƒ dérivé, avec sa formule · cercle pointillé avec un petit anneau&#xa0;: lu seulement sur un relais peu fiable (agrégateur, wiki, revendeur) · ≠ les sources divergent de plus de %2 · %1 les valeurs des côtés viennent de sources ou de méthodes différentes · ▲ meilleur côté · ⚠ base pas entièrement précisée · souligné&#xa0;: votre choix · italique&#xa0;: votre valeur · survolez ou sélectionnez une cellule pour ses sources et sa base, clic droit pour modifier</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Sources of the selected figure</source>
        <translation>Sources de la valeur sélectionnée</translation>
    </message>
    <message>
        <source>Select a figure in the table to see every source for it.</source>
        <translation>Sélectionnez une valeur dans le tableau pour voir toutes ses sources.</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>official</source>
        <translation>officiel</translation>
    </message>
    <message>
        <source>third-party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>rapporté</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
    <message>
        <source>%1, derived</source>
        <translation>%1, dérivé</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>Dérivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Input source: %1</source>
        <translation>Source d&apos;entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources disagree: %1</source>
        <translation>Les sources divergent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>Acteur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RatioChart</name>
    <message>
        <source>A better</source>
        <translation>A meilleur</translation>
    </message>
    <message>
        <source>B better</source>
        <translation>B meilleur</translation>
    </message>
    <message>
        <source>no better side</source>
        <translation>aucun côté meilleur</translation>
    </message>
    <message>
        <source>ratio %1 ÷ %2 (log scale; 1× = equal)</source>
        <translation>%1 ÷ %2 (échelle log.&#xa0;; 1× = égal)</translation>
    </message>
    <message>
        <source>No comparison.</source>
        <translation>Aucune comparaison.</translation>
    </message>
    <message>
        <source>Each bar is A&apos;s figure divided by B&apos;s, for the figures shown in the table (preferred source per cell, same unit and basis on both sides); ▲ marks the better side, ⚠ a basis not fully stated.</source>
        <translation>Chaque barre est la valeur de A divisée par celle de B, pour les valeurs affichées dans le tableau (source préférée par cellule, même unité et même base des deux côtés)&#xa0;; ▲ marque le meilleur côté, ⚠ une base pas entièrement précisée.</translation>
    </message>
    <message>
        <source>Not comparable or not published: %1.</source>
        <translation>Non comparable ou non publié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
    <message>
        <source>÷ %1 (log scale)</source>
        <translation>÷ %1 (échelle log.)</translation>
    </message>
    <message>
        <source>Each marker: a device&apos;s figure ÷ %1&apos;s; ▲ the best.</source>
        <translation>Chaque marqueur&#xa0;: valeur d&apos;un matériel ÷ celle de %1&#xa0;; ▲ le meilleur.</translation>
    </message>
</context>
<context>
    <name>RatioPlot</name>
    <message>
        <source>Ratio chart</source>
        <translation>Graphique des rapports</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>not comparable: %1 vs %2</source>
        <translation>non comparable&#xa0;: %1 contre %2</translation>
    </message>
    <message>
        <source>the baseline&apos;s figure is zero</source>
        <translation>la valeur de référence est nulle</translation>
    </message>
    <message>
        <source>second value is zero</source>
        <translation>la seconde valeur est nulle</translation>
    </message>
    <message>
        <source>not comparable: %4&apos;s figure is %2, %5&apos;s %3</source>
        <translation>non comparable&#xa0;: la valeur de %4 est %2, celle de %5 %3</translation>
    </message>
    <message>
        <source>not comparable: %4&apos;s figure counts %2, %5&apos;s %3</source>
        <translation>non comparable&#xa0;: la valeur de %4 compte %2, celle de %5 %3</translation>
    </message>
    <message>
        <source>not comparable: %4&apos;s figure is per %2, %5&apos;s per %3</source>
        <translation>non comparable&#xa0;: la valeur de %4 est par %2, celle de %5 par %3</translation>
    </message>
    <message>
        <source>not comparable: %1 differs (%2 vs %3)</source>
        <translation>non comparable&#xa0;: écart de %1 (%2 contre %3)</translation>
    </message>
    <message>
        <source>%1: %2 not stated by the sources</source>
        <translation>%1&#xa0;: %2 non précisé par les sources</translation>
    </message>
    <message>
        <source>different formats: %1 vs %2</source>
        <translation>formats différents&#xa0;: %1 contre %2</translation>
    </message>
    <message>
        <source>different conditions: %1 at %2, %3 at %4</source>
        <translation>conditions différentes&#xa0;: %1 à %2, %3 à %4</translation>
    </message>
    <message>
        <source>different sources</source>
        <translation>sources différentes</translation>
    </message>
    <message>
        <source>different sources (%1 gives a figure for each)</source>
        <translation>sources différentes (%1 donne une valeur pour chacun)</translation>
    </message>
    <message>
        <source>different methods: one figure stated, another worked out</source>
        <translation>méthodes différentes&#xa0;: une valeur déclarée, une autre dérivée</translation>
    </message>
    <message>
        <source>standard figure</source>
        <translation>valeur standard</translation>
    </message>
    <message>
        <source>one way</source>
        <translation>unidirectionnel</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>bidirectionnel</translation>
    </message>
    <message>
        <source>all compute units</source>
        <translation>toutes les unités de calcul</translation>
    </message>
    <message>
        <source>Cube units only</source>
        <translation>unités Cube uniquement</translation>
    </message>
    <message>
        <source>vector units only</source>
        <translation>unités vectorielles uniquement</translation>
    </message>
    <message>
        <source>2:4 sparse</source>
        <translation>creux (2:4)</translation>
    </message>
    <message>
        <source>package (one accelerator)</source>
        <translation>boîtier (un accélérateur)</translation>
    </message>
    <message>
        <source>sparsity</source>
        <translation>parcimonie</translation>
    </message>
    <message>
        <source>granularity</source>
        <translation>granularité</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>périmètre</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Earlier versions of notes</source>
        <translation>Versions antérieures des notes</translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation>Vos valeurs</translation>
    </message>
    <message>
        <source>Your sources</source>
        <translation>Vos sources</translation>
    </message>
    <message>
        <source>Your timeline events</source>
        <translation>Vos événements de chronologie</translation>
    </message>
    <message>
        <source>Devices you added or edited</source>
        <translation>Matériels ajoutés ou modifiés par vous</translation>
    </message>
    <message>
        <source>Your pairings</source>
        <translation>Vos paires</translation>
    </message>
    <message>
        <source>Your choices of source for a cell</source>
        <translation>Vos choix de source par cellule</translation>
    </message>
    <message>
        <source>Your export-control rules</source>
        <translation>Vos règles de contrôle à l&apos;exportation</translation>
    </message>
    <message>
        <source>Your stack and supply facts</source>
        <translation>Vos faits sur les piles logicielles et l&apos;approvisionnement</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Récupérés</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>Dans la sauvegarde</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Already in the backup</source>
        <translation>Déjà dans la sauvegarde</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Non fusionnés</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>pas de sauvegarde</translation>
    </message>
    <message>
        <source>Recovered %1 of your rows; %2 known to be lost.</source>
        <translation>Lignes récupérées&#xa0;: %1&#xa0;; perdues avec certitude&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Losses are counted against the latest good backup, from %1, and from the index entries of rows that could no longer be read.</source>
        <translation>Les pertes sont comptées par rapport à la dernière sauvegarde saine, du %1, et d&apos;après les entrées d&apos;index des lignes devenues illisibles.</translation>
    </message>
    <message>
        <source>There is no backup to compare with: only rows whose index entry survived can be counted as lost; others may be lost without a trace.</source>
        <translation>Aucune sauvegarde pour comparer&#xa0;: seules les lignes dont l&apos;entrée d&apos;index a subsisté peuvent être comptées comme perdues&#xa0;; d&apos;autres ont pu disparaître sans laisser de trace.</translation>
    </message>
    <message>
        <source>Tables with unreadable pages: %1.</source>
        <translation>Tables aux pages illisibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The bundled reference data (devices, figures, sources, events) is loaded again from ChipLens itself.</source>
        <translation>Les données de référence fournies (matériels, valeurs, sources, événements) sont rechargées depuis ChipLens lui-même.</translation>
    </message>
    <message>
        <source>Salvaged store: %1</source>
        <translation>Base de données récupérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The damaged file is kept: %1</source>
        <translation>Le fichier endommagé est conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merged %1 of your rows from the salvage into the backup from %2.</source>
        <translation>%1 de vos lignes récupérées ont été fusionnées dans la sauvegarde du %2.</translation>
    </message>
    <message>
        <source>Of the %1 rows known lost, %2 are back from the backup; %3 were written after it and stay lost.</source>
        <translation>Sur les %1 lignes perdues connues, %2 ont été retrouvées dans la sauvegarde&#xa0;; %3 ont été écrites après elle et restent perdues.</translation>
    </message>
    <message>
        <source>%1 rows point at something neither store has and were not merged; they stay in the salvaged store.</source>
        <translation>%1 lignes renvoient à un élément absent des deux bases de données et n&apos;ont pas été fusionnées&#xa0;; elles restent dans la base de données récupérée.</translation>
    </message>
    <message>
        <source>Merged into the latest backup</source>
        <translation>Fusion dans la dernière sauvegarde</translation>
    </message>
</context>
<context>
    <name>SalvageReportDialog</name>
    <message>
        <source>What could be recovered</source>
        <translation>Ce qui a pu être récupéré</translation>
    </message>
    <message>
        <source>Every row that could still be read was copied into a new database. Nothing has been replaced yet.</source>
        <translation>Chaque ligne encore lisible a été copiée dans une nouvelle base de données. Rien n&apos;a encore été remplacé.</translation>
    </message>
    <message>
        <source>What was recovered and lost</source>
        <translation>Ce qui a été récupéré et perdu</translation>
    </message>
    <message>
        <source>&amp;Merge into the backup from %1</source>
        <translation>&amp;Fusionner avec la sauvegarde du %1</translation>
    </message>
    <message>
        <source>&amp;Merge into the latest backup</source>
        <translation>&amp;Fusionner avec la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Restore the latest good backup, then add every row of yours that it lacks or has in an older version from what was recovered</source>
        <translation>Restaurer la dernière sauvegarde saine, puis y ajouter, depuis ce qui a été récupéré, chacune de vos lignes qui y manque ou n&apos;y figure que dans une version plus ancienne</translation>
    </message>
    <message>
        <source>&amp;Use the recovered database as it is</source>
        <translation>&amp;Utiliser la base de données récupérée telle quelle</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and put the recovered database in its place</source>
        <translation>Mettre le fichier endommagé de côté (conservé) et le remplacer par la base de données récupérée</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Change nothing and go back to the choices for the damaged file</source>
        <translation>Ne rien changer et revenir aux choix pour le fichier endommagé</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>%1 × %2 ≈ 1 × %3 on %4</source>
        <translation>%1 × %2 ≈ 1 × %3 en %4</translation>
    </message>
    <message>
        <source>1 × %2 ≈ %1 × %3 on %4</source>
        <translation>1 × %2 ≈ %1 × %3 en %4</translation>
    </message>
    <message>
        <source>%1, at %2 the power</source>
        <translation>%1, à une puissance de %2</translation>
    </message>
    <message>
        <source>%1 (power not published for %2)</source>
        <translation>%1 (puissance non publiée pour %2)</translation>
    </message>
    <message>
        <source>Cannot scale on %1: the figures are not comparable.</source>
        <translation>Impossible de mettre à l’échelle sur %1&#xa0;: les valeurs ne sont pas comparables.</translation>
    </message>
    <message>
        <source>Cannot scale on %1: %1 is not published for both.</source>
        <translation>Impossible de mettre à l’échelle sur %1&#xa0;: %1 n’est pas publié pour les deux.</translation>
    </message>
    <message>
        <source>%1 × %2 = %3 vs %4</source>
        <translation>%1 × %2 = %3 vs %4</translation>
    </message>
    <message>
        <source>%1 vs %2 × %3 = %4</source>
        <translation>%1 vs %2 × %3 = %4</translation>
    </message>
</context>
<context>
    <name>ScaleCalculatorPanel</name>
    <message>
        <source>Metric to match</source>
        <translation>Indicateur à égaler</translation>
    </message>
    <message>
        <source>Device to scale</source>
        <translation>Matériel à multiplier</translation>
    </message>
    <message>
        <source>Scale device</source>
        <translation>Matériel à multiplier</translation>
    </message>
    <message>
        <source>Match on</source>
        <translation>Égaler selon</translation>
    </message>
    <message>
        <source>Pick two devices to compare.</source>
        <translation>Choisissez deux matériels à comparer.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>ChipLens is already running with the data folder %1 but does not answer. Switch to that window (or end it), or start this one with --data-dir DIR to use another folder.</source>
        <translation>ChipLens est déjà lancé avec le dossier de données %1 mais ne répond pas. Passez à cette fenêtre (ou mettez-y fin), ou lancez celle-ci avec --data-dir DIR pour utiliser un autre dossier.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Edit a source</source>
        <translation>Modifier une source</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>who published the figure: NVIDIA, SemiAnalysis, Reuters…</source>
        <translation>qui a publié la valeur&#xa0;: NVIDIA, SemiAnalysis, Reuters…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY (n.d. if undated)</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA (n.d. si non daté)</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>Édite&amp;ur</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>Adresse &amp;web</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
</context>
<context>
    <name>SourceFiguresDialog</name>
    <message>
        <source>Device</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Valeur affichée</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajoutée par</translation>
    </message>
    <message>
        <source>Figures resting on this source</source>
        <translation>Valeurs reposant sur cette source</translation>
    </message>
    <message>
        <source>&amp;Cite a better source…</source>
        <translation>&amp;Citer une meilleure source…</translation>
    </message>
    <message>
        <source>Attach a better source to the selected figure: the same number, read on a better page; this one stays listed (Edit ▸ Undo takes it back)</source>
        <translation>Associer une meilleure source à la valeur sélectionnée&#xa0;: le même nombre, lu sur une meilleure page&#xa0;; celle-ci reste listée (Édition ▸ Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 figures, %2 read on a weak relay</source>
        <translation>%1 valeurs, dont %2 lues sur un relais peu fiable</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>weak relays only</source>
        <translation>relais peu fiables uniquement</translation>
    </message>
</context>
<context>
    <name>SourceQualityModel</name>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>On weak relays</source>
        <translation>Sur des relais peu fiables</translation>
    </message>
    <message>
        <source>Headline devices</source>
        <translation>Matériels mis en avant</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>citation upgraded from %1</source>
        <translation>citation améliorée (auparavant %1)</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Search the sources</source>
        <translation>Rechercher dans les sources</translation>
    </message>
    <message>
        <source>Search publisher, title, address, device…</source>
        <translation>Rechercher éditeur, titre, adresse, matériel…</translation>
    </message>
    <message>
        <source>&amp;Weak relays only</source>
        <translation>&amp;Relais peu fiables seulement</translation>
    </message>
    <message>
        <source>Only the sources with figures read on a weak relay: aggregators, wikis, reseller blogs, mirrors</source>
        <translation>Seulement les sources dont des valeurs ont été lues sur un relais peu fiable&#xa0;: agrégateurs, wikis, blogs de revendeurs, miroirs</translation>
    </message>
    <message>
        <source>&amp;Figures…</source>
        <translation>&amp;Valeurs…</translation>
    </message>
    <message>
        <source>The figures resting on this source, to cite a better one</source>
        <translation>Les valeurs qui reposent sur cette source, pour en citer une meilleure</translation>
    </message>
    <message>
        <source>&amp;Edit source…</source>
        <translation>&amp;Modifier la source…</translation>
    </message>
    <message>
        <source>%1 of %2 sources</source>
        <translation>%1 sources sur %2</translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <source>Software stacks: how each reaches the frameworks and engines</source>
        <translation>Piles logicielles&#xa0;: comment chacune accède aux frameworks et aux moteurs</translation>
    </message>
    <message>
        <source>Latest version (date)</source>
        <translation>Dernière version (date)</translation>
    </message>
    <message>
        <source>CUDA compatibility</source>
        <translation>Compatibilité CUDA</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Programming model</source>
        <translation>Modèle de programmation</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>US</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>CN</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Routes as the reference words them, each with the kind read from those words; &quot;not found&quot;: the reference has nothing for that cell (not &quot;unsupported&quot;). Sources: vendors&apos; documentation and release notes, the frameworks&apos; own repositories and third-party reports, each cited with its grade and date (chiplens stacks --format json lists them).</source>
        <translation>Voies d&apos;accès telles que les données de référence les formulent, chacune avec le type déduit de ces termes&#xa0;; «&#xa0;non trouvé&#xa0;»&#xa0;: les données de référence n&apos;ont rien pour cette cellule (et non «&#xa0;non pris en charge&#xa0;»). Sources&#xa0;: documentation et notes de version des fabricants, dépôts des frameworks eux-mêmes et rapports de tiers, chacune citée avec son niveau de confiance et sa date (chiplens stacks --format json les liste).</translation>
    </message>
    <message>
        <source>no device of the catalog</source>
        <translation>aucun matériel du catalogue</translation>
    </message>
    <message>
        <source>no timeline event names this stack</source>
        <translation>aucun événement de la chronologie ne cite cette pile logicielle</translation>
    </message>
    <message>
        <source>date not found</source>
        <translation>date non trouvée</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Juridiction&#xa0;:</translation>
    </message>
    <message>
        <source>Show the stacks of</source>
        <translation>Afficher les piles logicielles de</translation>
    </message>
    <message>
        <source>Kinds of route</source>
        <translation>Types de prise en charge</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>Exporter l’image…</translation>
    </message>
    <message>
        <source>The matrix as shown (this jurisdiction) as PNG, SVG or PDF, with its legend and sources</source>
        <translation>La matrice telle qu’affichée (cette juridiction) en PNG, SVG ou PDF, avec sa légende et ses sources</translation>
    </message>
    <message>
        <source>Software stacks matrix</source>
        <translation>Matrice des piles logicielles</translation>
    </message>
    <message>
        <source>The selected cell&apos;s facts and sources</source>
        <translation>Les faits et les sources de la cellule sélectionnée</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>Piles logicielles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Export the stacks matrix</source>
        <translation>Exporter la matrice des piles logicielles</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>Images (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Select a cell for its facts and sources.</source>
        <translation>Sélectionnez une cellule pour voir ses faits et ses sources.</translation>
    </message>
    <message>
        <source>No sourced fact behind this cell beyond the summary of the reference.</source>
        <translation>Aucun fait sourcé derrière cette cellule au-delà du résumé de la référence.</translation>
    </message>
    <message>
        <source>Devices that run %1:</source>
        <translation>Matériels qui exécutent %1&#xa0;:</translation>
    </message>
    <message>
        <source>On the timeline:</source>
        <translation>Dans la chronologie&#xa0;:</translation>
    </message>
    <message>
        <source>That event is hidden by the timeline&apos;s filters.</source>
        <translation>Cet événement est masqué par les filtres de la chronologie.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>shipping</source>
        <translation>en livraison</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>annoncé</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>feuille de route</translation>
    </message>
    <message>
        <source>China-specific</source>
        <translation>spécifique à la Chine</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>date non précisée</translation>
    </message>
    <message>
        <source>outlined: announced or roadmap targets, not measured parts (%1)</source>
        <translation>contour seul&#xa0;: objectifs annoncés ou de feuille de route, pas des composants mesurés (%1)</translation>
    </message>
    <message>
        <source>%1 is a roadmap %2 (%3): its figures are announced targets, not measured parts.</source>
        <translation>%1 (%2) figure sur une feuille de route (%3)&#xa0;: ses valeurs sont des objectifs annoncés, pas des mesures de composants réels.</translation>
    </message>
    <message>
        <source>%1 is an announced %2, not yet shipping (%3): its figures are announced targets, not measured parts.</source>
        <translation>%1 (%2) est annoncé mais pas encore livré (%3)&#xa0;: ses valeurs sont des objectifs annoncés, pas des mesures de composants réels.</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>puce</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>The database is damaged.</source>
        <translation>La base de données est endommagée.</translation>
    </message>
    <message>
        <source>This SQLite file is not a ChipLens database (it has no ChipLens schema).</source>
        <translation>Ce fichier SQLite n&apos;est pas une base de données ChipLens (il n&apos;a pas de schéma ChipLens).</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it (%1).</source>
        <translation>La base de données est occupée&#xa0;: un autre programme y écrit (%1).</translation>
    </message>
    <message>
        <source>The database or its folder is read-only: ChipLens cannot write to it.</source>
        <translation>La base de données ou son dossier est en lecture seule&#xa0;: ChipLens ne peut pas y écrire.</translation>
    </message>
    <message>
        <source>A transaction left unfinished by a crash is in %1.</source>
        <translation>Une transaction laissée inachevée par un plantage se trouve dans %1.</translation>
    </message>
    <message>
        <source>The database was written by a newer ChipLens (schema %1; this version knows up to %2).</source>
        <translation>La base de données a été écrite par une version plus récente de ChipLens (schéma %1&#xa0;; cette version connaît jusqu&apos;au %2).</translation>
    </message>
    <message>
        <source>There is no database file yet (ChipLens creates one on start).</source>
        <translation>Il n&apos;y a pas encore de fichier de base de données (ChipLens en crée un au démarrage).</translation>
    </message>
    <message>
        <source>Way out: &apos;chiplens db restore LATEST&apos; moves it aside (kept) and restores the newest good backup; &apos;chiplens db salvage&apos; copies every row that can still be read into a new database (the damaged file is kept); &apos;chiplens db fresh&apos; moves it aside and starts with a fresh database.</source>
        <translation>Solution&#xa0;: &apos;chiplens db restore LATEST&apos; met le fichier de côté (conservé) et restaure la dernière sauvegarde saine&#xa0;; &apos;chiplens db salvage&apos; copie chaque ligne encore lisible dans une nouvelle base de données (le fichier endommagé est conservé)&#xa0;; &apos;chiplens db fresh&apos; met le fichier de côté et repart d&apos;une base de données vierge.</translation>
    </message>
    <message>
        <source>Way out: use --data-dir DIR for another folder, or move the file aside: &apos;chiplens db fresh&apos; does that (the file is kept) and starts with a fresh database.</source>
        <translation>Solution&#xa0;: utilisez --data-dir DIR pour un autre dossier, ou mettez le fichier de côté&#xa0;: &apos;chiplens db fresh&apos; le fait (le fichier est conservé) et repart d&apos;une base de données vierge.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the file. Wait until that program has finished, or close it, then try again.</source>
        <translation>Le fichier n&apos;a aucun problème. Attendez que ce programme ait terminé, ou fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Fix the permissions of the file and its folder (%1), or start ChipLens with --data-dir DIR (or set CHIPLENS_DATA_DIR) to use another folder.</source>
        <translation>Corrigez les droits du fichier et de son dossier (%1), ou lancez ChipLens avec --data-dir DIR (ou définissez CHIPLENS_DATA_DIR) pour utiliser un autre dossier.</translation>
    </message>
    <message>
        <source>Opening the database with write access (starting ChipLens, or any chiplens command but &apos;db check&apos;) rolls that transaction back: the database is then as it was before it. &apos;db check&apos; leaves it as it is. Keep the -journal file beside the database: deleting it can damage the database.</source>
        <translation>Ouvrir la base de données en écriture (lancer ChipLens, ou toute commande chiplens sauf &apos;db check&apos;) annule cette transaction&#xa0;: la base de données revient alors à son état antérieur. &apos;db check&apos; la laisse telle quelle. Gardez le fichier -journal à côté de la base de données&#xa0;: le supprimer peut endommager la base de données.</translation>
    </message>
    <message>
        <source>Upgrade ChipLens to open it (it was left untouched), or use --data-dir DIR to open another folder.</source>
        <translation>Mettez ChipLens à jour pour l&apos;ouvrir (elle n&apos;a pas été modifiée), ou utilisez --data-dir DIR pour ouvrir un autre dossier.</translation>
    </message>
    <message>
        <source>Start ChipLens, or run any chiplens command, to create it.</source>
        <translation>Lancez ChipLens, ou exécutez n&apos;importe quelle commande chiplens, pour la créer.</translation>
    </message>
    <message>
        <source>ok: %1 (schema %2, %3): integrity and foreign keys checked</source>
        <translation>ok&#xa0;: %1 (schéma %2, %3)&#xa0;: intégrité et clés étrangères vérifiées</translation>
    </message>
    <message>
        <source>the system does not say which</source>
        <translation>le système ne précise pas lequel</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, processus %2</translation>
    </message>
    <message>
        <source>a ChipLens window, process %1</source>
        <translation>une fenêtre ChipLens, processus %1</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Constat&#xa0;: %1</translation>
    </message>
    <message>
        <source>damaged, or not a ChipLens database</source>
        <translation>endommagée, ou pas une base de données ChipLens</translation>
    </message>
    <message>
        <source>busy: another program holds a write lock</source>
        <translation>occupée&#xa0;: un autre programme détient un verrou en écriture</translation>
    </message>
    <message>
        <source>read-only file or folder</source>
        <translation>fichier ou dossier en lecture seule</translation>
    </message>
    <message>
        <source>a -journal left by a crash (rolled back on the next open with write access)</source>
        <translation>un -journal laissé par un plantage (annulé à la prochaine ouverture en écriture)</translation>
    </message>
    <message>
        <source>written by a newer ChipLens</source>
        <translation>écrite par une version plus récente de ChipLens</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>pas encore de fichier de base de données</translation>
    </message>
    <message>
        <source>exit codes:</source>
        <translation>codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>saine</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>Cannot open the ChipLens database</source>
        <translation>Impossible d&apos;ouvrir la base de données ChipLens</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Le dossier de données est inutilisable</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Le fichier de la base de données est endommagé</translation>
    </message>
    <message>
        <source>The database comes from a newer ChipLens</source>
        <translation>La base de données provient d&apos;un ChipLens plus récent</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>La base de données est occupée</translation>
    </message>
    <message>
        <source>The database has an unfinished transaction</source>
        <translation>La base de données a une transaction inachevée</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>Disk error</source>
        <translation>Erreur de disque</translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds the ChipLens data. Free some space and try again; nothing was lost.

Database: %1</source>
        <translation>Il n&apos;y a plus d&apos;espace sur le disque qui contient les données de ChipLens. Libérez de l&apos;espace et réessayez&#xa0;; rien n&apos;a été perdu.

Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>A transaction left unfinished by a crash is in %1-journal. SQLite undoes it when the database is opened with write access, but ChipLens cannot write to the database file: fix its permissions, then try again. Keep the -journal file beside the database: deleting it can damage the database.

Database: %2</source>
        <translation>Une transaction laissée inachevée par un plantage se trouve dans %1-journal. SQLite l&apos;annule quand la base de données est ouverte en écriture, mais ChipLens ne peut pas écrire dans le fichier de la base&#xa0;: corrigez ses droits, puis réessayez. Gardez le fichier -journal à côté de la base&#xa0;: le supprimer peut endommager la base de données.

Base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another program (or another ChipLens) is writing to the database. Close it and try again.

Held by: %1

Database: %2</source>
        <translation>Un autre programme (ou un autre ChipLens) écrit dans la base de données. Fermez-le et réessayez.

Détenue par&#xa0;: %1

Base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another program (or another ChipLens) is writing to the database. Close it and try again.

Database: %1</source>
        <translation>Un autre programme (ou un autre ChipLens) écrit dans la base de données. Fermez-le et réessayez.

Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>ChipLens cannot write to its data folder (it is read-only). Fix the permissions, or start ChipLens with --data-dir DIR (or set CHIPLENS_DATA_DIR) to use another folder.

Database: %1</source>
        <translation>ChipLens ne peut pas écrire dans son dossier de données (il est en lecture seule). Corrigez les droits, ou démarrez ChipLens avec --data-dir DIR (ou définissez CHIPLENS_DATA_DIR) pour utiliser un autre dossier.

Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ChipLens data folder is missing: was it moved, renamed or deleted, or is it on a drive that is not connected? Put it back (or connect the drive) and try again; what you typed is kept meanwhile. Or start ChipLens with --data-dir DIR to use another folder.

Database: %1</source>
        <translation>Le dossier de données de ChipLens est introuvable&#xa0;: a-t-il été déplacé, renommé ou supprimé, ou se trouve-t-il sur un disque non connecté&#xa0;? Remettez-le en place (ou connectez le disque) et réessayez&#xa0;; ce que vous avez tapé est conservé en attendant. Ou démarrez ChipLens avec --data-dir DIR pour utiliser un autre dossier.

Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of ChipLens (schema %1; this version knows up to %2). It was left untouched. Install the newer ChipLens, or start this one with --data-dir DIR to use another folder.

Database: %3</source>
        <translation>Cette base de données a été écrite par une version plus récente de ChipLens (schéma %1&#xa0;; cette version connaît jusqu&apos;au %2). Elle n&apos;a pas été modifiée. Installez le ChipLens plus récent, ou démarrez celui-ci avec --data-dir DIR pour utiliser un autre dossier.

Base de données&#xa0;: %3</translation>
    </message>
    <message>
        <source>it does not start with the SQLite header</source>
        <translation>il ne commence pas par l&apos;en-tête SQLite</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it is cut short inside its header</source>
        <translation>il s&apos;arrête au milieu de son en-tête</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>son en-tête est endommagé</translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes of the %2 its header counts</source>
        <translation>il est tronqué&#xa0;: %1 octets sur les %2 qu&apos;annonce son en-tête</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Open another folder…</source>
        <translation>&amp;Ouvrir un autre dossier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Choose a folder for the ChipLens data</source>
        <translation>Choisir un dossier pour les données de ChipLens</translation>
    </message>
</context>
<context>
    <name>Supply</name>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <source>Made by, read on</source>
        <translation>Origine, support</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Date de la source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1 valeur</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 valeurs</translation>
    </message>
    <message>
        <source>they count different things (%1): side by side, never added or merged</source>
        <translation>elles comptent des choses différentes (%1)&#xa0;: côte à côte, jamais additionnées ni fusionnées</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>sans année</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>No supply fact matches these filters.</source>
        <translation>Aucun fait d’approvisionnement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Devices named</source>
        <translation>Matériels cités</translation>
    </message>
    <message>
        <source>words in the subject, e.g. huawei 910c</source>
        <translation>mots du sujet, p. ex. huawei 910c</translation>
    </message>
    <message>
        <source>Subject filter</source>
        <translation>Filtre de sujet</translation>
    </message>
    <message>
        <source>Kind of fact</source>
        <translation>Type de fait</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Supply facts</source>
        <translation>Faits d’approvisionnement</translation>
    </message>
    <message>
        <source>Fact details</source>
        <translation>Détails du fait</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>The market-share chart as PNG, SVG or PDF, with its title, date and sources</source>
        <translation>Le graphique des parts de marché en PNG, SVG ou PDF, avec son titre, sa date et ses sources</translation>
    </message>
    <message>
        <source>Estimates, side by side</source>
        <translation>Estimations, côte à côte</translation>
    </message>
    <message>
        <source>Market share chart</source>
        <translation>Graphique des parts de marché</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Approvisionnement</translation>
    </message>
    <message>
        <source>%1 facts</source>
        <translation>%1 faits</translation>
    </message>
    <message>
        <source>Select a fact for its full citation and note.</source>
        <translation>Sélectionnez un fait pour voir sa citation complète et sa note.</translation>
    </message>
    <message>
        <source>Export the market-share chart</source>
        <translation>Exporter le graphique des parts de marché</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>Images (*.png *.svg *.pdf)</translation>
    </message>
</context>
<context>
    <name>Suspect</name>
    <message>
        <source>%1 if the column holds bytes</source>
        <translation>%1 si la colonne contient des octets</translation>
    </message>
    <message>
        <source>%1 if the column holds bits</source>
        <translation>%1 si la colonne contient des bits</translation>
    </message>
    <message>
        <source>%1 if the unit is %2 times larger</source>
        <translation>%1 si l’unité est %2 fois plus grande</translation>
    </message>
    <message>
        <source>%1 if the unit is %2 times smaller</source>
        <translation>%1 si l’unité est %2 fois plus petite</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>inférieure</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>supérieure</translation>
    </message>
    <message>
        <source>unit suspect: %1 × %2 than %3 (%4); likely %5</source>
        <translation>unité suspecte&#xa0;: %1 × %2 à %3 (%4)&#xa0;; probablement %5</translation>
    </message>
    <message>
        <source>%1&apos;s %2 figure</source>
        <translation>la valeur de %1 (%2)</translation>
    </message>
    <message>
        <source>imported as the file gives it (you confirmed it)</source>
        <translation>importée telle que le fichier la donne (vous l’avez confirmée)</translation>
    </message>
</context>
<context>
    <name>TeamConflictsDialog</name>
    <message>
        <source>Team library conflicts</source>
        <translation>Conflits de la bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <source>These shared rows were changed here and in the team library apart, or the library would not take a change of yours. Both versions are kept until you choose; what you keep goes to the library at the next sync.</source>
        <translation>Ces lignes partagées ont été modifiées séparément ici et dans la bibliothèque d&apos;équipe, ou la bibliothèque a refusé l&apos;une de vos modifications. Les deux versions sont conservées jusqu&apos;à votre choix&#xa0;; ce que vous gardez part vers la bibliothèque à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits non résolus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Value (text)</source>
        <translation>Valeur (texte)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Matériels</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>a row shared in the team library</source>
        <translation>une ligne partagée dans la bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>No conflicts: every shared row here agrees with the team library.</source>
        <translation>Aucun conflit&#xa0;: chaque ligne partagée ici concorde avec la bibliothèque d&apos;équipe.</translation>
    </message>
    <message>
        <source>Yours and the library&apos;s, field by field</source>
        <translation>Votre version et celle de la bibliothèque, champ par champ</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <source>The library&apos;s text</source>
        <translation>Texte de la bibliothèque</translation>
    </message>
    <message>
        <source>Merged text (edit it, then Keep merged)</source>
        <translation>Texte fusionné (modifiez-le, puis Garder la fusion)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Your version goes to the library over theirs at the next sync</source>
        <translation>Votre version remplace la leur dans la bibliothèque à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>The library&apos;s version replaces yours here</source>
        <translation>La version de la bibliothèque remplace la vôtre ici</translation>
    </message>
    <message>
        <source>Keep mer&amp;ged</source>
        <translation>Garder la &amp;fusion</translation>
    </message>
    <message>
        <source>The merged text goes here and to the library at the next sync</source>
        <translation>Le texte fusionné s&apos;applique ici et part vers la bibliothèque à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Keep mine as a &amp;copy</source>
        <translation>Garder la mienne en &amp;copie</translation>
    </message>
    <message>
        <source>The library&apos;s version stays; yours becomes a private note of your own</source>
        <translation>La version de la bibliothèque reste&#xa0;; la vôtre devient une note privée, à vous</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>The library&apos;s (%1, version %2)</source>
        <translation>Celle de la bibliothèque (%1, version %2)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>Whole row</source>
        <translation>Ligne entière</translation>
    </message>
    <message>
        <source>see below</source>
        <translation>voir ci-dessous</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>Conflict not settled</source>
        <translation>Conflit non résolu</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team library</source>
        <translation>Bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <source>Connect this computer&apos;s store to a team library on a PostgreSQL server. Your work stays here and is synced with the team&apos;s: changes made offline wait in a queue.</source>
        <translation>Connectez la base de données de cet ordinateur à une bibliothèque d&apos;équipe sur un serveur PostgreSQL. Votre travail reste ici et est synchronisé avec celui de l&apos;équipe&#xa0;: les modifications faites hors ligne sont mises en attente.</translation>
    </message>
    <message>
        <source>postgresql://ana@db.example.org/desk  or  service=desk</source>
        <translation>postgresql://ana@db.example.org/desk  ou  service=desk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>A libpq connection string: a URI (postgresql://USER@HOST:PORT/DATABASE), keywords (host=… dbname=… user=…) or service=NAME for an entry of ~/.pg_service.conf. A server that is not this computer must prove its name (sslmode=verify-full) unless the string says otherwise.</source>
        <translation>Une chaîne de connexion libpq&#xa0;: une URI (postgresql://USER@HOST:PORT/DATABASE), des mots-clés (host=… dbname=… user=…) ou service=NOM pour une entrée de ~/.pg_service.conf. Un serveur autre que cet ordinateur doit prouver son nom (sslmode=verify-full), sauf si la chaîne indique le contraire.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass, the service file or the keyring</source>
        <translation>vide&#xa0;: lu dans ~/.pgpass, le fichier de service ou le trousseau de clés</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Conserver le mot de passe dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>Looking for a system keyring…</source>
        <translation>Recherche d&apos;un trousseau de clés système…</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring and read from there at each sync.</source>
        <translation>Le mot de passe est conservé dans le trousseau de clés de cet ordinateur et y est lu à chaque synchronisation.</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer: the password is kept for this session only. To keep it, write it in ~/.pgpass or a service file, which PostgreSQL&apos;s own tools read too.</source>
        <translation>Aucun trousseau de clés système n&apos;est disponible sur cet ordinateur&#xa0;: le mot de passe n&apos;est conservé que pour cette session. Pour le conserver, écrivez-le dans ~/.pgpass ou dans un fichier de service, que les outils de PostgreSQL lisent aussi.</translation>
    </message>
    <message>
        <source>Give the team library&apos;s address: postgresql://USER@HOST/DATABASE, or service=NAME.</source>
        <translation>Indiquez l&apos;adresse de la bibliothèque d&apos;équipe&#xa0;: postgresql://USER@HOST/DATABASE, ou service=NAME.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>Queued changes:</source>
        <translation>Modifications en attente&#xa0;:</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>Conflits non résolus&#xa0;:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>Con&amp;flits…</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Membres…</translation>
    </message>
    <message>
        <source>The library&apos;s members and their roles (administrators)</source>
        <translation>Les membres de la bibliothèque et leurs rôles (administrateurs)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Stop syncing this store. Your queue, the conflicts and the team&apos;s rows stay here for a later connection; a password kept in the keyring is forgotten.</source>
        <translation>Arrêter de synchroniser cette base de données. Vos modifications en attente, les conflits et les lignes de l&apos;équipe restent ici pour une connexion ultérieure&#xa0;; un mot de passe conservé dans le trousseau de clés est oublié.</translation>
    </message>
    <message>
        <source>reader (receives the team&apos;s changes)</source>
        <translation>lecteur (reçoit les modifications de l&apos;équipe)</translation>
    </message>
    <message>
        <source>editor (shares rows, changes only their own)</source>
        <translation>rédacteur (partage des lignes, ne modifie que les siennes)</translation>
    </message>
    <message>
        <source>administrator (manages members)</source>
        <translation>administrateur (gère les membres)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Sending %v of %m</source>
        <translation>Envoi de %v sur %m</translation>
    </message>
    <message>
        <source>Receiving %v of %m</source>
        <translation>Réception de %v sur %m</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>Synchronisé&#xa0;: %1 envoyées, %2 reçues.</translation>
    </message>
    <message>
        <source>%1 new conflicts: see Conflicts….</source>
        <translation>%1 nouveaux conflits&#xa0;: voir Conflits….</translation>
    </message>
</context>
<context>
    <name>TeamLibrary</name>
    <message>
        <source>Give the team library&apos;s address: postgresql://USER@HOST/DATABASE, or service=NAME.</source>
        <translation>Indiquez l&apos;adresse de la bibliothèque d&apos;équipe&#xa0;: postgresql://USER@HOST/DATABASE, ou service=NAME.</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL connection string: %1. Write it as postgresql://USER@HOST:PORT/DATABASE or as host=... dbname=... user=...</source>
        <translation>Ce n&apos;est pas une chaîne de connexion PostgreSQL&#xa0;: %1. Écrivez-la sous la forme postgresql://USER@HOST:PORT/DATABASE ou host=... dbname=... user=...</translation>
    </message>
    <message>
        <source>This database holds no ChipLens team library. An administrator creates one with `chiplens team init URL`.</source>
        <translation>Cette base de données ne contient aucune bibliothèque d&apos;équipe ChipLens. Un administrateur en crée une avec `chiplens team init URL`.</translation>
    </message>
    <message>
        <source>The team library was set up by a newer ChipLens (schema %1). Update ChipLens to sync with it; your own work stays in this computer&apos;s store.</source>
        <translation>La bibliothèque d&apos;équipe a été créée par une version plus récente de ChipLens (schéma %1). Mettez ChipLens à jour pour la synchroniser&#xa0;; votre propre travail reste dans la base de données de cet ordinateur.</translation>
    </message>
    <message>
        <source>unknown team role %1: choose reader, editor or admin</source>
        <translation>rôle d&apos;équipe inconnu %1&#xa0;: choisissez reader, editor ou admin</translation>
    </message>
    <message>
        <source>no PostgreSQL role %1: create the login first (%2), then add it</source>
        <translation>aucun rôle PostgreSQL %1&#xa0;: créez d&apos;abord l&apos;identifiant de connexion (%2), puis ajoutez-le</translation>
    </message>
    <message>
        <source>The team library&apos;s server cannot be reached or stopped answering. Your changes stay queued on this computer; sync again once it is back.</source>
        <translation>Le serveur de la bibliothèque d&apos;équipe est injoignable ou a cessé de répondre. Vos modifications restent en attente sur cet ordinateur&#xa0;; synchronisez de nouveau quand il sera rétabli.</translation>
    </message>
    <message>
        <source>The team library&apos;s server refused the sync: %1. Your changes stay queued on this computer.</source>
        <translation>Le serveur de la bibliothèque d&apos;équipe a refusé la synchronisation&#xa0;: %1. Vos modifications restent en attente sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This store is not connected to a team library: connect one first (File ▸ Team library…, or `chiplens team connect URL`).</source>
        <translation>Cette base de données n&apos;est connectée à aucune bibliothèque d&apos;équipe&#xa0;: connectez-en d&apos;abord une (Fichier ▸ Bibliothèque d&apos;équipe…, ou `chiplens team connect URL`).</translation>
    </message>
    <message>
        <source>%1 is not a member of the team library at %2: an administrator adds it with `%3`.</source>
        <translation>%1 n&apos;est pas membre de la bibliothèque d&apos;équipe sur %2&#xa0;: un administrateur l&apos;ajoute avec `%3`.</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password. Check them (a password is read from the system keyring, ~/.pgpass or PGPASSWORD when none is typed).</source>
        <translation>Le serveur %1 a refusé le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les (si aucun mot de passe n&apos;est tapé, il est lu dans le trousseau de clés du système, ~/.pgpass ou PGPASSWORD).</translation>
    </message>
    <message>
        <source>The server at %1 could not prove who it is: %2. Its certificate must match its host name (sslmode=verify-full); ask your administrator for the right address or root certificate (sslrootcert=...).</source>
        <translation>Le serveur %1 n&apos;a pas pu prouver son identité&#xa0;: %2. Son certificat doit correspondre à son nom d&apos;hôte (sslmode=verify-full)&#xa0;; demandez à votre administrateur la bonne adresse ou le certificat racine (sslrootcert=...).</translation>
    </message>
    <message>
        <source>There is no database of that name at %1: %2.</source>
        <translation>Il n&apos;y a pas de base de données de ce nom sur %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>libpq does not know that service: %1. Services are defined in ~/.pg_service.conf.</source>
        <translation>libpq ne connaît pas ce service&#xa0;: %1. Les services sont définis dans ~/.pg_service.conf.</translation>
    </message>
    <message>
        <source>Only an administrator of the team library can list its members: %1 is not one (team role: %2). Ask an administrator, or connect as one (--url).</source>
        <translation>Seul un administrateur de la bibliothèque d&apos;équipe peut en lister les membres&#xa0;: %1 n&apos;en est pas un (rôle d&apos;équipe&#xa0;: %2). Demandez à un administrateur, ou connectez-vous en tant qu&apos;administrateur (--url).</translation>
    </message>
    <message>
        <source>Only an administrator of the team library can add members or change their roles: %1 is not one (team role: %2). Ask an administrator, or connect as one (--url).</source>
        <translation>Seul un administrateur de la bibliothèque d&apos;équipe peut ajouter des membres ou changer leur rôle&#xa0;: %1 n&apos;en est pas un (rôle d&apos;équipe&#xa0;: %2). Demandez à un administrateur, ou connectez-vous en tant qu&apos;administrateur (--url).</translation>
    </message>
    <message>
        <source>The team library at %1 refused this store&apos;s changes: %2 is a reader (pull only). What others changed came (%3 rows); your %4 change(s) stay queued on this computer. An administrator can make you an editor: `%5`.</source>
        <translation>La bibliothèque d&apos;équipe sur %1 a refusé les modifications de cette base de données&#xa0;: %2 est lecteur (réception seule). Les modifications des autres sont arrivées (%3 lignes)&#xa0;; vos %4 modification(s) restent en attente sur cet ordinateur. Un administrateur peut vous donner le rôle de rédacteur&#xa0;: `%5`.</translation>
    </message>
    <message>
        <source>The team library at %1 refused this store&apos;s changes: %2 may not write there. What others changed came (%3 rows); your %4 change(s) stay queued on this computer. An administrator can make you an editor: `%5`.</source>
        <translation>La bibliothèque d&apos;équipe sur %1 a refusé les modifications de cette base de données&#xa0;: %2 n&apos;a pas le droit d&apos;y écrire. Les modifications des autres sont arrivées (%3 lignes)&#xa0;; vos %4 modification(s) restent en attente sur cet ordinateur. Un administrateur peut vous donner le rôle de rédacteur&#xa0;: `%5`.</translation>
    </message>
    <message>
        <source>The team library at %1 cannot be reached: %2. Your own work stays in this computer&apos;s store.</source>
        <translation>La bibliothèque d&apos;équipe sur %1 est injoignable&#xa0;: %2. Votre propre travail reste dans la base de données de cet ordinateur.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>device</source>
        <translation>matériel</translation>
    </message>
    <message>
        <source>pairing or group</source>
        <translation>paire ou groupe</translation>
    </message>
    <message>
        <source>edited elsewhere</source>
        <translation>modifié ailleurs</translation>
    </message>
    <message>
        <source>refused by the library</source>
        <translation>refusé par la bibliothèque</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>Something unexpected went wrong (%1). The details are in the log.</source>
        <translation>Une erreur inattendue s&apos;est produite (%1). Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <source>Team: syncing…</source>
        <translation>Équipe : synchronisation…</translation>
    </message>
    <message>
        <source>Team: 1 conflict</source>
        <translation>Équipe : 1 conflit</translation>
    </message>
    <message>
        <source>Team: %1 conflicts</source>
        <translation>Équipe : %1 conflits</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>Team: offline · %1</source>
        <translation>Équipe : hors ligne · %1</translation>
    </message>
    <message>
        <source>Team: synced %1</source>
        <translation>Équipe : synchronisée %1</translation>
    </message>
    <message>
        <source>Team: not synced yet</source>
        <translation>Équipe : pas encore synchronisée</translation>
    </message>
    <message>
        <source>Team library status</source>
        <translation>État de la bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <source>Team library: %1. Click for details, Sync now and conflicts.</source>
        <translation>Bibliothèque d&apos;équipe : %1. Cliquez pour les détails, la synchronisation et les conflits.</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Export control</source>
        <translation>Contrôle à l’exportation</translation>
    </message>
    <message>
        <source>Entity List</source>
        <translation>Entity List</translation>
    </message>
    <message>
        <source>Procurement guidance</source>
        <translation>Orientation des achats publics</translation>
    </message>
    <message>
        <source>Industrial policy</source>
        <translation>Politique industrielle</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Examen de sécurité</translation>
    </message>
    <message>
        <source>Antitrust</source>
        <translation>Antitrust</translation>
    </message>
    <message>
        <source>Product launch</source>
        <translation>Lancement de produit</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Approvisionnement</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Réglementation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>official</source>
        <translation>officiel</translation>
    </message>
    <message>
        <source>third-party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>rapporté</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Policy timeline chart</source>
        <translation>Graphique de la chronologie des politiques</translation>
    </message>
    <message>
        <source>Events by date in lanes. Plus and minus zoom, left and right arrows pan, Home fits all, [ and ] select the previous and next event.</source>
        <translation>Événements par date, en couloirs. Plus et moins zooment, les flèches gauche et droite font défiler, Origine affiche tout, [ et ] sélectionnent l&apos;événement précédent et suivant.</translation>
    </message>
    <message>
        <source>compared devices</source>
        <translation>matériels comparés</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>TimelineGeometry</name>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Policy timeline</source>
        <translation>Chronologie des politiques</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Show only some categories of events</source>
        <translation>Afficher seulement certaines catégories d&apos;événements</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Juridictions</translation>
    </message>
    <message>
        <source>Show only events of some jurisdictions</source>
        <translation>Afficher seulement les événements de certaines juridictions</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation>Tous niveaux de confiance</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>%1 uniquement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Hide events that ended before this date</source>
        <translation>Masquer les événements terminés avant cette date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Hide events that started after this date</source>
        <translation>Masquer les événements commencés après cette date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Search title, summary, actor, tags</source>
        <translation>Rechercher titre, résumé, acteur, étiquettes</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <source>Only the compared devices</source>
        <translation>Matériels comparés seulement</translation>
    </message>
    <message>
        <source>Show only events about the two devices in the comparison</source>
        <translation>Afficher seulement les événements concernant les deux matériels comparés</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>Lanes by jurisdiction</source>
        <translation>Couloirs par juridiction</translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation>Couloirs par catégorie</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation>Afficher la dernière année</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 ans</translation>
    </message>
    <message>
        <source>Show the last three years</source>
        <translation>Afficher les trois dernières années</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every event that matches (Home)</source>
        <translation>Afficher tous les événements correspondants (Home)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Previous event ([ or Alt+Left)</source>
        <translation>Événement précédent ([ ou Alt+Left)</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Événement précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Next event (] or Alt+Right)</source>
        <translation>Événement suivant (] ou Alt+Right)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Événement suivant</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Ajouter un événement…</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>Edit the selected event (only events you added)</source>
        <translation>Modifier l&apos;événement sélectionné (seulement ceux que vous avez ajoutés)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>Delete the selected event (only events you added)</source>
        <translation>Supprimer l&apos;événement sélectionné (seulement ceux que vous avez ajoutés)</translation>
    </message>
    <message>
        <source>Drawing the timeline…</source>
        <translation>Tracé de la chronologie…</translation>
    </message>
    <message>
        <source>No events match these filters</source>
        <translation>Aucun événement ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Events that match the filters</source>
        <translation>Événements correspondant aux filtres</translation>
    </message>
    <message>
        <source>Open a comparison to filter by its devices</source>
        <translation>Ouvrez une comparaison pour filtrer par ses matériels</translation>
    </message>
    <message>
        <source>Show only events about %1</source>
        <translation>Afficher seulement les événements concernant %1</translation>
    </message>
    <message>
        <source>No events yet. Add the first one.</source>
        <translation>Aucun événement pour l&apos;instant. Ajoutez le premier.</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 événements sur %2</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>n.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <source>Correct a bundled figure</source>
        <translation>Corriger une valeur intégrée</translation>
    </message>
    <message>
        <source>Edit your figure</source>
        <translation>Modifier votre valeur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <source>Appro&amp;ximate (≈)</source>
        <translation>Appro&amp;ximatif (≈)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>&amp;Nouvelle source…</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>official (the maker)</source>
        <translation>officiel (le fabricant)</translation>
    </message>
    <message>
        <source>third-party (measured or compiled by others)</source>
        <translation>tiers (mesuré ou compilé par d&apos;autres)</translation>
    </message>
    <message>
        <source>reported (press, leaks)</source>
        <translation>rapporté (presse, fuites)</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Produit par</translation>
    </message>
    <message>
        <source>not stated — e.g. vendor, analyst firm (SemiAnalysis)</source>
        <translation>non précisé — p. ex. vendor, analyst firm (SemiAnalysis)</translation>
    </message>
    <message>
        <source>Carrier quality</source>
        <translation>Qualité du support</translation>
    </message>
    <message>
        <source>the producer&apos;s own page or document</source>
        <translation>page ou document du producteur lui-même</translation>
    </message>
    <message>
        <source>a reputable outlet or compiler restating it</source>
        <translation>média ou compilateur reconnu qui la reprend</translation>
    </message>
    <message>
        <source>an aggregator, syndication, wiki, reseller blog or mirror</source>
        <translation>agrégateur, syndication, wiki, blog de revendeur ou miroir</translation>
    </message>
    <message>
        <source>arithmetic on other figures</source>
        <translation>calcul à partir d&apos;autres valeurs</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY (empty: the source&apos;s date)</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA (vide&#xa0;: date de la source)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Show this figure in the comparison (instead of the automatic choice)</source>
        <translation>Affic&amp;her cette valeur dans la comparaison (au lieu du choix automatique)</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Matériel</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Indicateur</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <source>&amp;Qualifier</source>
        <translation>&amp;Qualificatif</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Confiance</translation>
    </message>
    <message>
        <source>&amp;Produced by</source>
        <translation>&amp;Produit par</translation>
    </message>
    <message>
        <source>Ca&amp;rrier quality</source>
        <translation>Qualité du suppo&amp;rt</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>En &amp;date du</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>— choose a source —</source>
        <translation>— choisir une source —</translation>
    </message>
    <message>
        <source>e.g. %1 — any multiple of %2 (1.2 PFLOPS, 3.35 TB/s, 2,800 Gbit/s, 1.5 kW)</source>
        <translation>p. ex. %1 — tout multiple de %2 (1,2 PFLOPS, 3,35 TB/s, 2&#x202f;800 Gbit/s, 1,5 kW)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>text, as the source gives it</source>
        <translation>texte, tel que la source le donne</translation>
    </message>
    <message>
        <source>Stored as: %1 — %2</source>
        <translation>Enregistré comme&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>Enregistré comme&#xa0;: %1</translation>
    </message>
    <message>
        <source>The bundled figure stays as it is; your correction is saved as your own figure.</source>
        <translation>La valeur intégrée reste inchangée&#xa0;; votre correction est enregistrée comme votre propre valeur.</translation>
    </message>
</context>
<context>
    <name>WorkBackups</name>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>La sauvegarde n’a pas pu être effectuée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>sous-commandes</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche ce message d’aide et quitte</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>affiche le numéro de version du programme et quitte</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>interdit avec l’argument %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue&#xa0;: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>sous-commande inconnue %(parser_name)r (choix&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir &apos;%(filename)s&apos;&#xa0;: %(error)s</translation>
    </message>
    <message>
        <source>(default: %(default)s)</source>
        <translation>(par défaut&#xa0;: %(default)s)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
</TS>

"""START-HERE.txt: what a facilitator reads first on the stick, in the event's language."""

from __future__ import annotations

from roundtables.domain import Event, RoundTable

_TEXTS = {
    "en": """\
Roundtables: table {heading}
{event}

1. Start the app from this stick: double-click "{exe}".
   Windows may say "Windows protected your PC": click "More info", then "Run anyway".
   On a Mac: right-click "{exe}", choose Open, then Open again.
2. The app opens table {number} by itself. Everything you type is saved on this
   laptop as you type, not on the stick: if the stick is pulled out, nothing is
   lost. Plug it back in and start the app again.
3. At the end: "Hand in results..." (Ctrl+Shift+E) writes the results file onto
   this stick. Give the stick back to the rapporteur.

Table kit: {kit}
""",
    "nl": """\
Roundtables: tafel {heading}
{event}

1. Start de app vanaf deze stick: dubbelklik op "{exe}".
   Windows kan melden "Uw pc is beveiligd door Windows": klik op "Meer informatie"
   en dan op "Toch uitvoeren".
   Op een Mac: klik met de rechtermuisknop op "{exe}", kies Open en nog eens Open.
2. De app opent zelf tafel {number}. Alles wat u typt, wordt meteen op deze laptop
   bewaard, niet op de stick: als de stick eruit wordt getrokken, gaat er niets
   verloren. Steek hem terug in en start de app opnieuw.
3. Op het einde: "Resultaten inleveren..." (Ctrl+Shift+E) schrijft het
   resultatenbestand op deze stick. Geef de stick terug aan de rapporteur.

Tafelkit: {kit}
""",
    "fr": """\
Roundtables : table {heading}
{event}

1. Lancez l'application depuis cette clé : double-cliquez sur « {exe} ».
   Windows peut afficher « Windows a protégé votre ordinateur » : cliquez sur
   « Informations complémentaires », puis sur « Exécuter quand même ».
   Sur un Mac : clic droit sur « {exe} », choisissez Ouvrir, puis encore Ouvrir.
2. L'application ouvre d'elle-même la table {number}. Tout ce que vous tapez est
   enregistré sur cet ordinateur au fil de la frappe, pas sur la clé : si la clé
   est retirée, rien n'est perdu. Rebranchez-la et relancez l'application.
3. À la fin : « Remettre les résultats... » (Ctrl+Maj+E) écrit le fichier de
   résultats sur cette clé. Rendez la clé au rapporteur.

Kit de la table : {kit}
""",
}


def start_here_text(event: Event, table: RoundTable, kit_name: str, exe: str) -> str:
    """The guide for one table's stick, in the event's language (English otherwise)."""
    text = _TEXTS.get(event.language, _TEXTS["en"])
    heading = f"{table.number}: {table.theme}" if table.theme else str(table.number)
    filled = text.format(number=table.number, heading=heading, event=event.title,
                         kit=kit_name, exe=exe)
    return filled.replace("\n", "\r\n")  # Notepad on an older Windows shows one line

"""Common first names in the Netherlands (folded), so a relative the store does not know is
still recognised next to a surname, an age or a word like 'zoon' ('Karin Hoogduin', 'Daan (8)',
'haar man Ahmed'). Alone, only the store's own first names count (personal_data_names.py)."""

from __future__ import annotations

_NAMES = """
aaron abdel abdelkader abdul adam adriaan ahmed aicha aisha ali alexander alice amber amina
amira amy anna anne annemarie anouk anton arjen arthur astrid ayoub aylin bas bastiaan bart
bayu ben benjamin bilal boaz bram brenda bregje britt bryan carla carlos caroline casper
cees charlotte chantal chris christiaan claudia cor corne daan daniel david dean demi dennis
devi dewi dirk djamila dylan edwin eline elif elise ellen emine emma emre eric erik esra esther
eva evi fabian fatima fatma femke finn fleur floor frank frans gerard gerda gerrit gijs hamza
hanna hans harm hasan hatice hendrik henk hugo ibrahim ilse imane ingrid iris isa isabel ivan
jacob jan janneke jasmijn jasper jayden jeroen jesse jessica johan johannes jolanda joost
jordy joris jose julia julian karim karin kees kevin khadija kim koen laura lars laurens lea
lena levi lieke lieve linda lisa lotte louis luca lucas luuk maarten manon marco maria marieke
marijke mark marloes martijn martin maryam mats max meryem mila milan mohamed mohammed
monique mustafa naima nadia nathalie niels nina noah noor nora olivia omar oscar patrick paul
peter petra pieter priya rachid rana ravi remco rik rob robin roel ronald roos ruben rutger
ryan said samira sander sandra sanne sara sarah sem sevda sofia sophie stefan stijn suzanne
sven tamara teun thijs thijmen thomas tim tobias tom truus tygo vera wendy willem wim wouter
yara yasmina yusuf zainab zeynep zoe
"""
COMMON_FIRST_NAMES = frozenset(_NAMES.split())

-- The search index folded words with a thesaurus written for the first story ("nuclear" and
-- "arsenal" as "weapon", "hacker" and "launder" as "steal", "wage" as "worker", "back" as
-- "repatriate", "official" as "envoy", and the names of North Korea as one): on other stories it
-- makes sentences that say different things look alike ("nuclear plant", "came back", "officials
-- said"). It now folds only what is one word in any English text:
-- - the spellings of the two names news writes most ("U.S.", "US", "United States"; "U.N.", "UN",
--   "United Nations") and "programme" / "program";
-- - a name of several capitalised words is one term ("Sung Kim", "Kim Gunn", "North Korea",
--   "National Intelligence Service"), so two people who share a name, or North and South Korea,
--   do not share a term; a capitalised function word, weekday or month opening a sentence ("In
--   December, South Korea") is not part of the name;
-- - the past forms of irregular verbs and irregular plurals ("met" and "meet", "stole" and "stolen"
--   and "steal", "women" and "woman"); forms that are also other words ("left", "found", "saw",
--   "won", the Korean currency) are left as they are.
ALTER TABLE "sentences" DROP COLUMN "search_vector";

CREATE OR REPLACE FUNCTION "search_vector_of"("body" TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $function$
  SELECT array_to_tsvector(coalesce(array(
    SELECT DISTINCT coalesce(lemmas ->> lexeme, lexeme)
    FROM unnest(tsvector_to_array(to_tsvector('english'::regconfig,
      regexp_replace(regexp_replace(regexp_replace(regexp_replace(translate("body", '’‘', chr(39) || chr(39)),
        '\mU\.S\.(A\.)?|\mUSA?\M|\mUnited States\M', 'USA', 'g'),
        '\mU\.N\.|\mUN\M|\mUnited Nations\M', 'UN', 'g'),
        'programme', 'program', 'gi'),
        '\m(?!(?:The|A|An|In|On|At|By|For|From|Of|To|With|As|Under|After|Before|Despite|During|Since|Amid|But|And|Or|If|When|While|This|That|These|Those|It|Its|His|Her|Their|Our|We|He|She|They|Then|There|Here|Some|Many|Most|All|Both|Each|Every|No|Not|Only|Also|So|Yet|Still|Even|Now|Last|Next|Early|Late|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\M)([A-Z][a-z]+)\s+(?=[A-Z][a-z])', '\1', 'g')
    ))) AS lexeme
  ), '{}'::text[]))
  FROM (SELECT '{"ate": "eat", "dug": "dig", "got": "get", "hid": "hide", "led": "lead", "men": "man", "met": "meet", "ran": "run", "sat": "sit", "aros": "aris", "awok": "awak", "bled": "bleed", "blew": "blow", "bred": "breed", "came": "come", "drew": "draw", "fell": "fall", "fled": "flee", "flew": "fli", "gave": "give", "gone": "go", "grew": "grow", "held": "hold", "hung": "hang", "kept": "keep", "knew": "know", "laid": "lay", "lent": "lend", "lost": "lose", "made": "make", "misl": "mislead", "paid": "pay", "rang": "ring", "rode": "ride", "rung": "ring", "said": "say", "sang": "sing", "sank": "sink", "seen": "see", "sent": "send", "shot": "shoot", "sold": "sell", "spun": "spin", "sung": "sing", "sunk": "sink", "swam": "swim", "swum": "swim", "told": "tell", "took": "take", "tore": "tear", "torn": "tear", "went": "go", "wept": "weep", "woke": "wake", "wore": "wear", "worn": "wear", "becam": "becom", "began": "begin", "begun": "begin", "blown": "blow", "broke": "break", "built": "build", "chose": "choos", "clung": "cling", "crept": "creep", "crise": "crisi", "dealt": "deal", "drank": "drink", "drawn": "draw", "drove": "drive", "drunk": "drink", "eaten": "eat", "flown": "fli", "froze": "freez", "given": "give", "grown": "grow", "heard": "hear", "known": "know", "meant": "mean", "risen": "rise", "shook": "shake", "shown": "show", "slept": "sleep", "spent": "spend", "spoke": "speak", "stole": "steal", "stood": "stand", "stuck": "stick", "stung": "sting", "swept": "sweep", "swore": "swear", "sworn": "swear", "swung": "swing", "taken": "take", "threw": "throw", "woken": "wake", "women": "woman", "wrote": "write", "analys": "analysi", "arisen": "aris", "awoken": "awak", "beaten": "beat", "bitten": "bite", "bought": "buy", "broken": "break", "caught": "catch", "chosen": "choos", "driven": "drive", "fallen": "fall", "forbad": "forbid", "forgav": "forgiv", "forgot": "forget", "fought": "fight", "frozen": "freez", "gotten": "get", "hidden": "hide", "ridden": "ride", "shaken": "shake", "shrank": "shrink", "shrunk": "shrink", "sought": "seek", "spoken": "speak", "stolen": "steal", "struck": "strike", "taught": "teach", "thrown": "throw", "upheld": "uphold", "brought": "bring", "oversaw": "overse", "thought": "think", "written": "write", "children": "child", "forgiven": "forgiv", "overseen": "overse", "stricken": "strike", "withdrew": "withdraw", "withheld": "withhold", "forbidden": "forbid", "forgotten": "forget", "undertook": "undertak", "withdrawn": "withdraw", "understood": "understand", "undertaken": "undertak"}'::jsonb AS lemmas) AS irregular
$function$;

-- Kept by Postgres itself, so it can never disagree with the text.
ALTER TABLE "sentences" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (search_vector_of("text")) STORED;
CREATE INDEX "sentences_search_vector_idx" ON "sentences" USING GIN ("search_vector");

-- The counts of each term, from the new terms.
TRUNCATE "search_terms";
INSERT INTO "search_terms" ("lexeme", "sentences")
SELECT lexeme, count(*)::int FROM "sentences", unnest(tsvector_to_array("search_vector")) AS lexeme GROUP BY lexeme
UNION ALL SELECT '', count(*)::int FROM "sentences";

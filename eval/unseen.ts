import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { checkDraft } from '../src/check/checker.js';
import { loadPrompts } from '../src/compose/prompts.js';
import { buildComposeMessages } from '../src/compose/request.js';
import { caseMaterial, type SuiteResult } from './case-material.js';
import type { DraftCase } from './cases.js';
import { overlaps, reportsDropped } from './checker.js';

/**
 * Faithful drafts of *unseen* prose: interviews of units nobody here tuned for, each with a
 * draft a helper wrote from the exact request the bot builds (acting as a strong Chinese model,
 * told to keep every fact and add none). The checker must flag nothing in them; every flag is
 * a false flag. Two halves:
 *
 *   eval/unseen/open/     cases the developers may read while changing the checker
 *   eval/unseen/sealed/   cases written by a helper and never read while tuning: only their
 *                         counts are printed, so the figure says how the checker does on prose
 *                         it was not fitted to
 *   eval/unseen/sealed2/  a second sealed set, written after the first was measured many times
 *                         (repeated measuring leaks a little): the fresher held-out figure
 *   eval/unseen/sealed3/  a third sealed set by another helper, on other kinds of unit, written
 *                         after sealed2 had been measured: fresher again
 *   eval/unseen/sealed4/  a fourth, written late in the session that tuned on the f- to m-
 *                         batches (2026-12-04); measured once at first sight, then its flags'
 *                         classes (not its texts) guided a last round of fixes
 *   eval/unseen/sealed5/  a fifth, written after that round and measured once, with nothing
 *                         changed after: the session's clean held-out figure
 *   eval/unseen/sealed6/  a sixth, by two helpers (DeepSeek-V3 and Doubao/ERNIE styles), written
 *                         while the p-/q- batches were tuned on; never read here, but its
 *                         flags' classes (told blind, with made-up examples) guided fixes: leaked
 *   eval/unseen/sealed7/  a seventh, by two more helpers, written after sealed6 was measured;
 *                         measured once at first sight (2.75), then its classes guided fixes
 *   eval/unseen/sealed8/  an eighth, written while sealed7 was adjudicated; measured once at
 *                         first sight (1.50), then its classes guided fixes
 *   eval/unseen/sealed9/  a ninth, written while sealed8 was adjudicated; measured once at
 *                         first sight (0.75), then its classes guided fixes
 *   eval/unseen/sealed10/ a tenth, written while sealed9 was adjudicated; measured once at
 *                         first sight (2.00), then its classes guided fixes
 *   eval/unseen/sealed11/ an eleventh, written while sealed10 was adjudicated; measured once at
 *                         first sight (1.38), then its classes guided fixes
 *   eval/unseen/sealed12/ a twelfth, written while sealed11 was adjudicated; measured once
 *                         after the sealed11 round, with nothing tuned on it: the clean figure
 *   eval/unseen/sealed13/ a thirteenth, written while the checker learned to align each draft
 *                         sentence with the answers (session five); measured at first sight
 *                         (0.88), then its classes guided fixes
 *   eval/unseen/sealed14/ a fourteenth, written while sealed13 was adjudicated; measured once
 *                         at the end of session five: the clean figure
 *   eval/unseen/sealed15/ a fifteenth, written while sealed12 and sealed13's classes were fixed;
 *                         measured at first sight (0.63) and at the end of its round
 *                         (unchanged), then its classes were told: leaked
 *   eval/unseen/sealed16/ a sixteenth, written while sealed15 was adjudicated; measured at
 *                         first sight (0.38), then its classes were told: leaked
 *   eval/unseen/sealed17/ a seventeenth, written while sealed16 was adjudicated; measured at
 *                         first sight (0.38) and after sealed16's fixes (unchanged), then its
 *                         classes were told: leaked
 *   eval/unseen/sealed18/ an eighteenth, written while sealed17 was adjudicated; measured at
 *                         first sight (0.25) and after sealed17's fixes (unchanged), then its
 *                         classes were told: leaked
 *   eval/unseen/sealed19/ a nineteenth, written while sealed18 was adjudicated; measured at
 *                         first sight (0.63) and after sealed18's fixes (unchanged), then its
 *                         classes were told: leaked
 *   eval/unseen/sealed20/ a twentieth, written while sealed19 was adjudicated; measured at the
 *                         end of session five (0.63 first sight, 0.50 after): never told
 *   eval/unseen/sealed21/ a twenty-first, written at the start of session six; measured at
 *                         first sight, then its classes were told: leaked
 *   eval/unseen/sealed22/ a twenty-second, written while sealed21 was adjudicated; measured at
 *                         first sight (0.75), then its classes were told: leaked
 *   eval/unseen/sealed23/ a twenty-third, written while sealed22 was adjudicated; measured at
 *                         first sight (1.13), then its classes were told: leaked
 *   eval/unseen/sealed24/ a twenty-fourth, written while sealed23 was adjudicated; measured at
 *                         first sight (0.25) and after sealed23's fixes (unchanged), then its
 *                         classes were told: leaked
 *   eval/unseen/sealed25/ a twenty-fifth, written while sealed24 was adjudicated; measured at
 *                         first sight (0.50) and after sealed24's fixes, then its classes were
 *                         told: leaked
 *   eval/unseen/sealed26/ a twenty-sixth, written while sealed25 was adjudicated; measured at
 *                         first sight (0.63) and after sealed25's fixes, then its classes were
 *                         told: leaked
 *   eval/unseen/sealed27/ a twenty-seventh, written while sealed26 was adjudicated; measured at
 *                         first sight and at the end of session six: never told
 *   eval/unseen/sealed28/ a twenty-eighth, written at the end of session six while no half was
 *                         adjudicated; measured once, at first sight: never told
 *   eval/unseen/sealed29/ a twenty-ninth, written at the start of session seven; measured at
 *                         first sight, then its classes were told: leaked
 *   eval/unseen/sealed30/ a thirtieth, written while sealed29 was adjudicated; measured at first
 *                         sight, then its classes were told: leaked
 *   eval/unseen/sealed31/ a thirty-first, written while sealed30 was adjudicated; measured at
 *                         first sight, then its classes were told: leaked
 *   eval/unseen/sealed32/ a thirty-second, written while sealed31 was adjudicated; measured at
 *                         first sight, then its classes were told: leaked
 *   eval/unseen/sealed33/ a thirty-third, written while sealed32 was adjudicated; measured at
 *                         first sight, then its classes were told: leaked
 *   eval/unseen/sealed34/ a thirty-fourth, written while sealed33 was adjudicated; measured at
 *                         first sight, then its classes were told: leaked
 *   eval/unseen/sealed35/ a thirty-fifth, written while sealed34 was adjudicated; measured at
 *                         first sight after sealed33 and sealed34's fixes, then its classes
 *                         were told: leaked
 *   eval/unseen/sealed36/ a thirty-sixth, written while sealed35 was adjudicated; measured at
 *                         first sight and after sealed35's fixes, then its classes were told:
 *                         leaked
 *   eval/unseen/sealed37/ a thirty-seventh, written while sealed35's classes were fixed;
 *                         measured at first sight and after sealed36's fixes, then its classes
 *                         were told: leaked
 *   eval/unseen/sealed38/ a thirty-eighth, written while sealed36 was adjudicated; measured at
 *                         first sight, then its classes were told: leaked
 *   eval/unseen/sealed39/ a thirty-ninth, written while sealed37 and sealed38 were adjudicated;
 *                         measured at first sight, then its classes were told: leaked
 *   eval/unseen/sealed40/ a fortieth, written at the eighth session's start (Kimi and GLM styles)
 *   eval/unseen/sealed41/ a forty-first, written with sealed40 (Doubao and ERNIE styles);
 *                         both measured at first sight, then their classes were told: leaked
 *   eval/unseen/sealed42/ a forty-second, written while sealed40 and sealed41 were adjudicated
 *                         (GPT-4o and DeepSeek-R1 styles)
 *   eval/unseen/sealed43/ a forty-third, written while sealed42 was adjudicated (Kimi and Qwen
 *                         styles)
 *   eval/unseen/sealed44/ a forty-fourth, written while sealed43 was adjudicated (GLM and Doubao
 *                         styles)
 *   eval/unseen/sealed45/ a forty-fifth, written while sealed44 was adjudicated (ERNIE and
 *                         GPT-4o styles); sealed42–44 measured at first sight, then told: leaked
 *   eval/unseen/sealed46/ a forty-sixth, written while sealed45 was adjudicated (Kimi and
 *                         DeepSeek styles)
 *   eval/unseen/sealed47/ a forty-seventh, written with sealed46 (Qwen and GLM styles); both
 *                         measured at first sight after sealed45's round, then told: leaked
 *   eval/unseen/sealed48/ a forty-eighth, written while sealed46 and sealed47 were adjudicated
 *                         (ERNIE and Doubao styles); measured at first sight, then told: leaked
 *   eval/unseen/sealed49/ a forty-ninth, written while sealed48 was adjudicated (GPT-4o and Kimi
 *                         styles); measured once, at the session's end: never told until the
 *                         fourteenth session, when its flags were printed by mistake while a
 *                         change was bisected: leaked since (0.75 per draft, 44/48 then)
 *   eval/unseen/sealed50/ a fiftieth, written at the ninth session's start (Kimi and Doubao
 *                         styles)
 *   eval/unseen/sealed51/ a fifty-first, written with sealed50 (DeepSeek-V3, ERNIE and GPT-4o
 *                         styles)
 *   eval/unseen/sealed52/ a fifty-second, written while sealed50 and sealed51 were adjudicated
 *                         (Qwen and GLM styles); sealed50–52 measured at first sight, then told:
 *                         leaked
 *   eval/unseen/sealed53/ a fifty-third, written after that round's first fixes (DeepSeek-R1 and
 *                         Kimi styles)
 *   eval/unseen/sealed54/ a fifty-fourth, written with sealed53 (GPT-4o and Doubao styles);
 *                         both measured at first sight, then told: leaked
 *   eval/unseen/sealed55/ a fifty-fifth, written while sealed53 and sealed54 were adjudicated
 *                         (ERNIE and Qwen styles)
 *   eval/unseen/sealed56/ a fifty-sixth, written with sealed55 (GLM and DeepSeek-V3 styles);
 *                         both measured at first sight, then told: leaked
 *   eval/unseen/sealed57/ a fifty-seventh, written while sealed55 and sealed56 were adjudicated
 *                         (Doubao and Kimi styles)
 *   eval/unseen/sealed58/ a fifty-eighth, written with sealed57 (GPT-4o and GLM styles);
 *                         both measured at first sight, then told: leaked
 *   eval/unseen/sealed60/ a sixtieth, written while sealed57 and sealed58 were adjudicated (Qwen
 *                         and ERNIE styles)
 *   eval/unseen/sealed61/ a sixty-first, written with sealed60 (Doubao and GLM styles); both
 *                         measured at first sight, then told: leaked
 *   eval/unseen/sealed62/ a sixty-second, written while sealed60 and sealed61 were adjudicated
 *                         (GPT-4o and DeepSeek-R1 styles); measured at first sight, then told:
 *                         leaked
 *   eval/unseen/sealed63/ a sixty-third, written at the tenth session's start (Kimi and Qwen
 *                         styles)
 *   eval/unseen/sealed64/ a sixty-fourth, written with sealed63 (GLM and Doubao styles); both
 *                         measured at first sight, then told: leaked
 *   eval/unseen/sealed65/ a sixty-fifth, written while sealed63 and sealed64 were adjudicated
 *                         (ERNIE and DeepSeek-V3 styles); measured at first sight, then told:
 *                         leaked
 *   eval/unseen/sealed67/ a sixty-seventh, written while sealed65 was told (Qwen and GLM
 *                         styles); measured at first sight, then told: leaked
 *   eval/unseen/sealed68/ a sixty-eighth, written while sealed67 was adjudicated (Doubao and
 *                         ERNIE styles); measured at first sight, then told: leaked
 *   eval/unseen/sealed69/ a sixty-ninth, written while sealed68 was told (DeepSeek-V3 and Kimi
 *                         styles)
 *   eval/unseen/sealed70/ a seventieth, written with sealed69 (GPT-4o and Doubao styles); both
 *                         measured at first sight, then told: leaked
 *   eval/unseen/sealed71/ a seventy-first, written while sealed69 and sealed70 were told (GLM
 *                         and Qwen styles)
 *   eval/unseen/sealed72/ a seventy-second, written with sealed71 (ERNIE and DeepSeek-R1
 *                         styles); both measured at first sight, then told: leaked
 *   eval/unseen/sealed73/ a seventy-third, written while sealed71 and sealed72 were told (Kimi
 *                         and GPT-4o styles)
 *   eval/unseen/sealed74/ a seventy-fourth, written with sealed73 (Qwen and GLM styles); both
 *                         measured at first sight, then told: leaked
 *   eval/unseen/sealed76/ a seventy-sixth, written while sealed73 and sealed74 were told (ERNIE
 *                         and Doubao styles); measured at first sight, then told: leaked
 *   eval/unseen/sealed78/ a seventy-eighth, written at the eleventh session's start (GLM-4 and
 *                         GPT-4o styles); measured at first sight, then told: leaked
 *   eval/unseen/sealed80/ an eightieth, written while sealed78 was told (Qwen and ERNIE styles);
 *                         measured at first sight, then told: leaked
 *   eval/unseen/sealed82/ an eighty-second, written while sealed80 was told (Kimi and
 *                         DeepSeek-V3 styles); measured at first sight, then told: leaked
 *   eval/unseen/sealed83/ an eighty-third, written while sealed82 was told (ERNIE and Qwen
 *                         styles); measured at first sight, then told: leaked
 *   eval/unseen/sealed84/ an eighty-fourth, written while sealed83 was told (GPT-4o and
 *                         DeepSeek-R1 styles); measured at first sight, then told: leaked
 *   eval/unseen/sealed86/ an eighty-sixth, written while sealed84 was told (GLM-4 and ERNIE
 *                         styles); measured at first sight, then told: leaked
 *   eval/unseen/sealed88/ an eighty-eighth, written while sealed86 was told (DeepSeek-V3 and
 *                         Doubao styles); measured at first sight, then told: leaked
 *   eval/unseen/sealed90/ to sealed105/ (not 92, 93) fourteen more, written in pairs in the twelfth
 *                         session (DeepSeek-R1, Kimi, GPT-4o, Doubao, Qwen, ERNIE, GLM-4 and
 *                         DeepSeek-V3 styles), each pair measured at first sight after the fixes
 *                         of the pair before it, then told: leaked
 *   eval/unseen/sealed59/ a fifty-ninth, written during sealed57–58's round (Kimi and
 *                         DeepSeek-V3 styles); measured once, at the ninth session's end: never
 *                         told
 *   eval/unseen/sealed66/ a sixty-sixth, written at the tenth session's start (Kimi and GPT-4o
 *                         styles); measured once after the last told round, then told: leaked
 *   eval/unseen/sealed75/ a seventy-fifth, written mid-session during sealed73–74's round
 *                         (Doubao and DeepSeek-V3 styles); measured once after the last told
 *                         round, then told: leaked
 *   eval/unseen/sealed77/ a seventy-seventh, written after every fix of the tenth session (Qwen
 *                         and Kimi styles); measured once, at the session's end: never told
 *   eval/unseen/sealed79/ a seventy-ninth, written with sealed78 (DeepSeek-R1 and Kimi styles);
 *                         measured once, early in the eleventh session (by a run of the whole
 *                         eval), never read: never told
 *   eval/unseen/sealed81/ an eighty-first, written while sealed80 was told (Doubao and GLM-4
 *                         styles); held unread, measured once after every fix of the eleventh
 *                         session: never told
 *   eval/unseen/sealed85/ an eighty-fifth, written while sealed83 was told (Kimi and Doubao
 *                         styles); the same: never told
 *   eval/unseen/sealed87/ an eighty-seventh, written while sealed86 was told (Qwen and GPT-4o
 *                         styles); the same: never told
 *   eval/unseen/sealed89/ an eighty-ninth, written after every fix of the eleventh session (Kimi
 *                         and GLM-4 styles); measured once, at the session's end: never told
 *   eval/unseen/sealed92/ a ninety-second, written at the start of the twelfth session (ERNIE and
 *                         Qwen styles); held unread, measured once after every fix: never told
 *   eval/unseen/sealed93/ a ninety-third, the same (DeepSeek-V3 and GLM-4 styles): never told
 *   eval/unseen/sealed106/ a hundred-and-sixth, written during the twelfth session's last round
 *                         (Doubao and ERNIE styles); measured once after every fix: never told
 *   eval/unseen/sealed107/ a hundred-and-seventh, written at the start of the thirteenth session
 *                         (Qwen-Max and GPT-4o styles); measured at first sight, then told
 *   eval/unseen/sealed109/ a hundred-and-ninth, written while sealed107 was told (Kimi and Doubao
 *                         styles); measured at first sight after its fixes, then told
 *   eval/unseen/sealed110/ a hundred-and-tenth, written while sealed109 was told (ERNIE and GLM-4
 *                         styles); the same
 *   eval/unseen/sealed111/ a hundred-and-eleventh, written while sealed110 was told (DeepSeek-V3
 *                         and Qwen-Max styles); the same
 *   eval/unseen/sealed112/ a hundred-and-twelfth, written while sealed111 was told (Kimi and
 *                         Doubao styles); the same
 *   eval/unseen/sealed114/ a hundred-and-fourteenth, written while sealed112 was told (GPT-4o
 *                         and DeepSeek-R1 styles); the same
 *   eval/unseen/sealed115/ a hundred-and-fifteenth, written while sealed114 was told (Qwen2.5 and
 *                         Kimi styles); the same
 *   eval/unseen/sealed117/ a hundred-and-seventeenth, written while sealed115 was told (ERNIE and
 *                         Doubao styles); the same
 *   eval/unseen/sealed119/ a hundred-and-nineteenth, written at the start of the fourteenth
 *                         session (DeepSeek-V3 and GLM-4 styles); measured at first sight, then told
 *   eval/unseen/sealed120/ a hundred-and-twentieth, written at the start of the fourteenth
 *                         session (ERNIE and Doubao styles); the same (measured before sealed119's
 *                         fixes)
 *   eval/unseen/sealed121/ a hundred-and-twenty-first, written at the start of the fourteenth
 *                         session (GPT-4o and DeepSeek-R1 styles); the same
 *   eval/unseen/sealed122/ a hundred-and-twenty-second, written while sealed119–121 were told
 *                         (Qwen2.5 and Kimi styles); measured at first sight after their fixes,
 *                         then told
 *   eval/unseen/sealed123/ a hundred-and-twenty-third, written with sealed122 (Qwen-Max and GLM-4
 *                         styles); the same
 *   eval/unseen/sealed125/ a hundred-and-twenty-fifth, written while sealed122 and sealed123 were
 *                         told (GPT-4o and DeepSeek-R1 styles); measured at first sight after
 *                         their fixes, then told
 *   eval/unseen/sealed126/ a hundred-and-twenty-sixth, written with sealed125 (DeepSeek-V3 and
 *                         Qwen-Max styles); the same
 *   eval/unseen/sealed127/ a hundred-and-twenty-seventh, written while sealed125 and sealed126
 *                         were told (Qwen2.5 and Kimi styles); measured at first sight after their
 *                         fixes, then told
 *   eval/unseen/sealed128/ a hundred-and-twenty-eighth, written with sealed127 (GLM-4 and ERNIE
 *                         styles); the same
 *   eval/unseen/sealed130/ a hundred-and-thirtieth, written while sealed127 and sealed128 were
 *                         told (DeepSeek-V3 and Doubao styles); measured at first sight after their
 *                         fixes, then told
 *   eval/unseen/sealed131/ a hundred-and-thirty-first, written with sealed130 (DeepSeek-R1 and
 *                         Qwen-Max styles); the same
 *   eval/unseen/sealed133/ a hundred-and-thirty-third, written while sealed130 and sealed131 were
 *                         told (ERNIE and GPT-4o styles); measured at first sight after their
 *                         fixes, then told
 *   eval/unseen/sealed134/ a hundred-and-thirty-fourth, written with sealed133 (Qwen2.5 and Doubao
 *                         styles); the same
 *   eval/unseen/sealed135/ a hundred-and-thirty-fifth, written after every fix of sealed119–134
 *                         (Kimi and GLM-4 styles); measured at first sight, then told
 *   eval/unseen/sealed136/ a hundred-and-thirty-sixth, written at the fifteenth session's start
 *                         (DeepSeek-V3 and Qwen2.5 styles); measured at first sight, then told
 *   eval/unseen/sealed137/ a hundred-and-thirty-seventh, written with sealed136 (Kimi and GLM-4
 *                         styles); the same
 *   eval/unseen/sealed139/ a hundred-and-thirty-ninth, written while sealed136 and sealed137 were
 *                         told (GPT-4o and Doubao styles); measured at first sight after their
 *                         fixes, then told
 *   eval/unseen/sealed140/ a hundred-and-fortieth, written with sealed139 (DeepSeek-R1 and
 *                         Qwen-Max styles); the same
 *   eval/unseen/sealed141/ a hundred-and-forty-first, written while sealed139 and sealed140 were
 *                         told (Kimi and ERNIE styles); measured at first sight after their
 *                         fixes, then told
 *   eval/unseen/sealed142/ a hundred-and-forty-second, written with sealed141 (GLM-4 and GPT-4o
 *                         styles); the same
 *   eval/unseen/sealed144/ a hundred-and-forty-fourth, written while sealed141 and sealed142 were
 *                         told (Doubao and DeepSeek-R1 styles); measured at first sight after
 *                         their fixes, then told
 *   eval/unseen/sealed145/ a hundred-and-forty-fifth, written with sealed144 (Qwen-Max and Kimi
 *                         styles); the same
 *   eval/unseen/sealed147/ a hundred-and-forty-seventh, written while sealed144 and sealed145 were
 *                         told (ERNIE and Doubao styles); measured at first sight after their
 *                         fixes, then told
 *   eval/unseen/sealed148/ a hundred-and-forty-eighth, written while sealed147 was told (Kimi and
 *                         Qwen2.5 styles); measured at first sight after its fixes, then told
 *   eval/unseen/sealed150/ a hundred-and-fiftieth, written while sealed148 was told (Doubao and
 *                         ERNIE styles); the same
 *   eval/unseen/sealed152/ a hundred-and-fifty-second, written after every fix of sealed136–150
 *                         (DeepSeek-R1 and Kimi styles); measured at first sight, then told
 *   eval/unseen/sealed154/ a hundred-and-fifty-fourth, written at the sixteenth session's start
 *                         (GPT-4o and Kimi styles); measured at first sight, then told
 *   eval/unseen/sealed155/ a hundred-and-fifty-fifth, the same (GLM-4 and ERNIE styles)
 *   eval/unseen/sealed156/ a hundred-and-fifty-sixth, written while sealed154 and sealed155 were
 *                         told (Doubao and DeepSeek-R1 styles); measured at first sight after their
 *                         fixes, then told
 *   eval/unseen/sealed158/ a hundred-and-fifty-eighth, written while sealed156 was told (Kimi and
 *                         ERNIE styles); the same
 *   eval/unseen/sealed160/ a hundred-and-sixtieth, written while sealed158 was told (Qwen2.5 and
 *                         Doubao styles); the same
 *   eval/unseen/sealed161/ a hundred-and-sixty-first, the same (DeepSeek-R1 and GPT-4o styles)
 *   eval/unseen/sealed163/ a hundred-and-sixty-third, written while sealed160 and sealed161 were
 *                         told (GPT-4o and Qwen-Max styles); measured at first sight after every
 *                         fix of the session, then told
 *   eval/unseen/sealed165/ a hundred-and-sixty-fifth, written at the seventeenth session's start
 *                         (Qwen-Max and Doubao styles); measured at first sight after the
 *                         session's first fixes, then told
 *   eval/unseen/sealed167/ a hundred-and-sixty-seventh, the same (Kimi and ERNIE styles),
 *                         measured after sealed165's fixes
 *   eval/unseen/sealed168/ a hundred-and-sixty-eighth, the same (GPT-4o and DeepSeek-R1 styles),
 *                         measured after sealed167's fixes
 *   eval/unseen/sealed169/ a hundred-and-sixty-ninth, written while sealed165 was told (DeepSeek-V3
 *                         and GLM-4 styles); measured at first sight after sealed168's fixes,
 *                         then told
 *   eval/unseen/sealed171/ a hundred-and-seventy-first, written while sealed165 was told (ERNIE
 *                         and Doubao styles); measured at first sight after sealed169's fixes,
 *                         then told
 *   eval/unseen/sealed172/ a hundred-and-seventy-second, written while sealed169 and sealed171
 *                         were told (Qwen2.5 and GPT-4o styles); measured at first sight after
 *                         their fixes, then told
 *   eval/unseen/sealed174/ a hundred-and-seventy-fourth, the same (GLM-4 and Kimi styles),
 *                         measured after sealed172's fixes
 *   eval/unseen/sealed175/ a hundred-and-seventy-fifth, written at the eighteenth session's start
 *                         (Kimi and Qwen-Max styles); measured at first sight, then told
 *   eval/unseen/sealed177/ a hundred-and-seventy-seventh, the same (ERNIE and Doubao styles),
 *                         measured after sealed175's fixes
 *   eval/unseen/sealed178/ a hundred-and-seventy-eighth, written while sealed175 was told (GPT-4o
 *                         and Kimi styles); measured at first sight after sealed177's fixes, then
 *                         told
 *   eval/unseen/sealed180/ a hundred-and-eightieth, written while sealed177 was told (DeepSeek-V3
 *                         and ERNIE styles); measured at first sight after sealed178's fixes, then
 *                         told
 *   eval/unseen/sealed182/ a hundred-and-eighty-second, written while sealed178 was told (GLM-4
 *                         and Qwen-Max styles); measured at first sight after sealed180's fixes,
 *                         then told
 *   eval/unseen/sealed184/ a hundred-and-eighty-fourth, written while sealed180 was told
 *                         (DeepSeek-R1 and GPT-4o styles); measured at first sight after
 *                         sealed182's fixes, then told
 *   eval/unseen/sealed186/ a hundred-and-eighty-sixth, written while sealed182 was told (Kimi and
 *                         GLM-4 styles); measured at first sight after sealed184's fixes, then
 *                         told
 *   eval/unseen/sealed188/ a hundred-and-eighty-eighth, written while sealed186 was told (ERNIE
 *                         and Qwen2.5 styles); measured at first sight after sealed186's fixes,
 *                         then told
 *   eval/unseen/sealed190/ a hundred-and-ninetieth, written while sealed188 was told (DeepSeek-V3
 *                         and Kimi styles); measured at first sight after sealed188's fixes, then
 *                         told
 *   eval/unseen/sealed192/ a hundred-and-ninety-second, written while sealed190 was told
 *                         (Qwen-Max and DeepSeek-R1 styles); measured at first sight after
 *                         sealed190's fixes, then told
 *   eval/unseen/sealed194/ a hundred-and-ninety-fourth, written while sealed192 was told (Doubao
 *                         and GLM-4 styles); measured at first sight after sealed192's fixes and
 *                         the review's mends, then told
 *   eval/unseen/sealed196/ a hundred-and-ninety-sixth, written after the review (GPT-4o and
 *                         DeepSeek-V3 styles); measured at first sight after every fix before it,
 *                         then told
 *   eval/unseen/sealed198/ a hundred-and-ninety-eighth, written at the nineteenth session's start
 *                         (Qwen-Max and GLM-4 styles); measured at first sight, then told
 *   eval/unseen/sealed200/ the two-hundredth, written while sealed198 was told (Kimi and GPT-4o
 *                         styles); measured at first sight after sealed198's fixes, then told
 *   eval/unseen/sealed202/ the two-hundred-and-second, written while sealed200 was told
 *                         (DeepSeek-V3 and Qwen-Max styles); measured at first sight after
 *                         sealed200's fixes, then told
 *   eval/unseen/sealed204/ the two-hundred-and-fourth, written while sealed202 was told (Kimi and
 *                         ERNIE styles); measured at first sight after sealed202's fixes, then told
 *   eval/unseen/sealed206/ the two-hundred-and-sixth, written while sealed204 was told (Doubao
 *                         and DeepSeek-R1 styles); measured at first sight after sealed204's fixes
 *                         and the review's mends, then told
 *   eval/unseen/sealed208/ the two-hundred-and-eighth, written while sealed206 was told (GPT-4o
 *                         and Qwen-Max styles); measured at first sight after sealed206's fixes,
 *                         then told
 *   eval/unseen/sealed210/ the two-hundred-and-tenth, written while sealed208 was told
 *                         (DeepSeek-R1 and Doubao styles); measured at first sight after
 *                         sealed208's fixes, then told
 *   eval/unseen/sealed212/ the two-hundred-and-twelfth, written while sealed210 was told (GLM-4
 *                         and ERNIE styles); measured at first sight after sealed210's fixes, then
 *                         told
 *   eval/unseen/sealed214/ the two-hundred-and-fourteenth, written while sealed212 was told
 *                         (Qwen2.5 and Kimi styles); measured at first sight after sealed212's
 *                         fixes, then told
 *   eval/unseen/sealed216/ the two-hundred-and-sixteenth, written while sealed214 was told (ERNIE
 *                         and DeepSeek-R1 styles); measured at first sight after sealed214's
 *                         fixes, then told
 *   eval/unseen/sealed218/ the two-hundred-and-eighteenth, written while sealed216 was told (Kimi
 *                         and GPT-4o styles); measured at first sight after sealed216's fixes,
 *                         then told
 *   eval/unseen/sealed220/ the two-hundred-and-twentieth, written at the twentieth session's
 *                         start (GLM-4 and DeepSeek-V3 styles); measured at first sight, then told
 *   eval/unseen/sealed222/ the two-hundred-and-twenty-second, written with sealed220 (ERNIE and
 *                         Doubao styles); measured at first sight after sealed220's fixes, then
 *                         told
 *   eval/unseen/sealed224/ the two-hundred-and-twenty-fourth, written while sealed222 was told
 *                         (Qwen2.5 and ERNIE styles); measured at first sight after sealed222's
 *                         fixes, then told
 *   eval/unseen/sealed226/ the two-hundred-and-twenty-sixth, written while sealed224 was told
 *                         (Kimi and DeepSeek-R1 styles); measured at first sight after sealed224's
 *                         fixes, then told
 *   eval/unseen/sealed228/ the two-hundred-and-twenty-eighth, written in the twenty-first
 *                         session (Kimi k1.5 and DeepSeek-V3 styles); measured at first sight,
 *                         then told
 *   eval/unseen/sealed230/ the two-hundred-and-thirtieth, written with sealed228 (Doubao and
 *                         ERNIE styles); measured at first sight after sealed228's fixes, then told
 *   eval/unseen/sealed232/ the two-hundred-and-thirty-second, written while sealed230 was told
 *                         (Qwen-Max and GLM-4 styles); measured at first sight after sealed230's
 *                         fixes, then told
 *   eval/unseen/sealed234/ the two-hundred-and-thirty-fourth, written with sealed232
 *                         (DeepSeek-R1 and GPT-4o styles); measured at first sight after
 *                         sealed232's fixes, then told
 *   eval/unseen/sealed236/ the two-hundred-and-thirty-sixth, written while sealed234 was told
 *                         (GLM-4-Plus and Kimi styles); measured at first sight after sealed234's
 *                         fixes, then told
 *   eval/unseen/sealed238/ the two-hundred-and-thirty-eighth, written with sealed236 (ERNIE and
 *                         Qwen2.5 styles); measured at first sight after sealed236's fixes, then
 *                         told
 *   eval/unseen/sealed240/ the two-hundred-and-fortieth, written while sealed238 was told
 *                         (Qwen2.5 and Kimi styles); measured at first sight after sealed238's
 *                         fixes, then told
 *   eval/unseen/sealed242/ the two-hundred-and-forty-second, written with sealed240
 *                         (DeepSeek-V3 and Doubao styles); measured at first sight after
 *                         sealed240's fixes, then told
 *   eval/unseen/sealed244/ the two-hundred-and-forty-fourth, written while sealed242 was told
 *                         (Doubao and GLM-4-Plus styles); measured at first sight after
 *                         sealed242's fixes, then told
 *   eval/unseen/sealed246/ the two-hundred-and-forty-sixth, written with sealed244
 *                         (DeepSeek-R1 and ERNIE styles); measured at first sight after sealed244's
 *                         fixes and the reviews' mends, then told
 *   eval/unseen/sealed248/ the two-hundred-and-forty-eighth, written at the twenty-second session's
 *                         start (DeepSeek-V3 and Doubao styles); measured at first sight, then told
 *   eval/unseen/sealed250/ the two-hundred-and-fiftieth, written with sealed248 (GPT-4o and
 *                         DeepSeek-R1 styles); measured at first sight after sealed248's fixes,
 *                         then told
 *   eval/unseen/sealed252/ the two-hundred-and-fifty-second, written while sealed248 was told
 *                         (Qwen-Max and GLM-4 styles); measured at first sight after sealed250's
 *                         fixes, then told
 *   eval/unseen/sealed254/ the two-hundred-and-fifty-fourth, written with sealed252 (Kimi and
 *                         Qwen2.5-72B styles); measured at first sight after sealed252's fixes,
 *                         then told
 *   eval/unseen/sealed256/ the two-hundred-and-fifty-sixth, written while sealed252 was told
 *                         (ERNIE and Doubao styles); measured at first sight after sealed254's
 *                         fixes, then told
 *   eval/unseen/sealed258/ the two-hundred-and-fifty-eighth, written with sealed256 (GPT-4o
 *                         and GLM-4 styles); measured at first sight after sealed256's fixes,
 *                         then told
 *   eval/unseen/sealed260/ the two-hundred-and-sixtieth, written while sealed256 was told
 *                         (GLM-4-Plus and ERNIE styles); measured at first sight after sealed258's
 *                         fixes, then told
 *   eval/unseen/sealed262/ the two-hundred-and-sixty-second, written with sealed260 (Qwen-Max
 *                         and DeepSeek-R1 styles); measured at first sight after sealed260's fixes,
 *                         then told
 *   eval/unseen/sealed264/ the two-hundred-and-sixty-fourth, written while sealed260 was told
 *                         (DeepSeek-V3 and Kimi styles); measured at first sight after sealed262's
 *                         fixes, then told
 *   eval/unseen/sealed266/ the two-hundred-and-sixty-sixth, written with sealed264 (GPT-4o and
 *                         GLM-4-Plus styles); measured at first sight after the session's reviews'
 *                         mends, then told
 *   eval/unseen/sealed268/ the two-hundred-and-sixty-eighth, written at the twenty-third
 *                         session's start (Qwen-Max and DeepSeek-R1 styles); measured at first sight
 *                         after the session's first fix, then told
 *   eval/unseen/sealed270/ the two-hundred-and-seventieth, written with sealed268 (Kimi and
 *                         GPT-4o styles); measured at first sight after sealed268's fixes, then told
 *   eval/unseen/sealed272/ the two-hundred-and-seventy-second, written with sealed268 (ERNIE and
 *                         GLM-4 styles); measured at first sight after sealed270's fixes, then told
 *   eval/unseen/sealed274/ the two-hundred-and-seventy-fourth, written with sealed268
 *                         (Qwen2.5-72B and DeepSeek-V3 styles); measured at first sight after
 *                         sealed272's fixes, then told
 *   eval/unseen/sealed276/ the two-hundred-and-seventy-sixth, written while sealed272 was told
 *                         (DeepSeek-V3 and Doubao styles); measured at first sight after sealed274's
 *                         fixes, then told
 *   eval/unseen/sealed278/ the two-hundred-and-seventy-eighth, written while sealed272 was told
 *                         (GPT-4o and Qwen-Max styles); measured at first sight after sealed276's
 *                         fixes, then told
 *   eval/unseen/sealed280/ the two-hundred-and-eightieth, written while sealed276 was told
 *                         (Kimi and Qwen2.5-72B styles); measured at first sight after sealed278's
 *                         fixes, then told
 *   eval/unseen/sealed282/ the two-hundred-and-eighty-second, written while sealed276 was told
 *                         (ERNIE and GLM-4-Plus styles); measured at first sight after sealed280's
 *                         fixes, then told
 *   eval/unseen/sealed284/ the two-hundred-and-eighty-fourth, written at the twenty-fourth
 *                         session's start (GLM-4-Plus and Kimi styles); measured at first sight,
 *                         then told
 *   eval/unseen/sealed286/ the two-hundred-and-eighty-sixth, written with sealed284 (GPT-4o and
 *                         DeepSeek-R1 styles); measured at first sight after sealed284's fixes,
 *                         then told
 *   eval/unseen/sealed288/ the two-hundred-and-eighty-eighth, written while sealed284 was told
 *                         (Doubao and Qwen-Max styles); measured at first sight after sealed286's
 *                         fixes, then told
 *   eval/unseen/sealed290/ the two-hundred-and-ninetieth, written while sealed288 was told (ERNIE
 *                         and DeepSeek-V3 styles); measured at first sight after sealed288's
 *                         fixes and the review's mends, then told
 *   eval/unseen/sealed292/ the two-hundred-and-ninety-second, written with sealed290 (Qwen-Max
 *                         and DeepSeek-R1 styles); measured at first sight after sealed290's
 *                         fixes, then told
 *   eval/unseen/sealed294/ the two-hundred-and-ninety-fourth, written while sealed290 was told
 *                         (GLM-4 and GPT-4o styles); measured at first sight after sealed292's
 *                         fixes, then told
 *   eval/unseen/sealed296/ the two-hundred-and-ninety-sixth, written with sealed294 (Doubao and
 *                         GLM-4-Plus styles); measured at first sight after sealed294's fixes,
 *                         then told
 *   eval/unseen/sealed298/ the two-hundred-and-ninety-eighth, written at the twenty-fifth
 *                         session's start (Qwen-Max and Yi-Large styles); measured at first sight
 *                         after every fix before it, then told
 *   eval/unseen/sealed300/ the three-hundredth, written with sealed298 (Kimi and Hunyuan styles);
 *                         the same
 *   eval/unseen/sealed302/ the three-hundred-and-second, written while sealed298 was told
 *                         (DeepSeek-R1 and Doubao styles); measured at first sight after sealed298's
 *                         and sealed300's fixes, then told
 *   eval/unseen/sealed304/ the three-hundred-and-fourth, written while sealed298 was told (GLM-4 and
 *                         Spark styles); the same
 *   eval/unseen/sealed306/ the three-hundred-and-sixth, written while sealed298 was told (Claude
 *                         3.5 Sonnet and Qwen-Max styles); measured at first sight after sealed302's
 *                         and sealed304's fixes, then told
 *   eval/unseen/sealed308/ the three-hundred-and-eighth, written while sealed298 was told
 *                         (GLM-4-Plus and ERNIE styles); the same
 *   eval/unseen/sealed310/ the three-hundred-and-tenth, written while sealed302 was told (Baichuan4
 *                         and Hunyuan styles); measured at first sight after sealed306's and
 *                         sealed308's fixes, then told
 *   eval/unseen/sealed312/ the three-hundred-and-twelfth, written while sealed310 was told (GLM-4
 *                         and Kimi styles); measured at first sight after sealed310's fixes, then
 *                         told
 *   eval/unseen/sealed314/ the three-hundred-and-fourteenth, written while sealed310 was told
 *                         (Doubao and Yi-Large styles); the same
 *   eval/unseen/sealed316/ the three-hundred-and-sixteenth, written while sealed310 was told
 *                         (Qwen2.5-72B and Hunyuan styles); measured at first sight after
 *                         sealed312's and sealed314's fixes, then told
 *   eval/unseen/sealed318/ the three-hundred-and-eighteenth, written while sealed310 was told
 *                         (GLM-4-Plus and Spark styles); the same
 *   eval/unseen/sealed320/ the three-hundred-and-twentieth, written at the twenty-sixth
 *                         session's start (GLM-4-Plus and Kimi styles); measured at first sight,
 *                         then told
 *   eval/unseen/sealed322/ the three-hundred-and-twenty-second, written with sealed320 (GPT-4o and
 *                         Claude 3.5 Sonnet styles); the same
 *   eval/unseen/sealed324/ the three-hundred-and-twenty-fourth, written while sealed320 and
 *                         sealed322 were told (Qwen2.5-72B and Baichuan4 styles); measured at first
 *                         sight after their fixes, then told
 *   eval/unseen/sealed326/ the three-hundred-and-twenty-sixth, written with sealed324 (MiniMax and
 *                         Spark styles); the same
 *   eval/unseen/sealed328/ the three-hundred-and-twenty-eighth, written while sealed324 and
 *                         sealed326 were told (DeepSeek-V3 and Doubao styles); measured at first
 *                         sight after their fixes, then told
 *   eval/unseen/sealed330/ the three-hundred-and-thirtieth, written with sealed328 (Kimi and
 *                         GLM-4-Plus styles); the same
 *   eval/unseen/sealed332/ the three-hundred-and-thirty-second, written while sealed328 and
 *                         sealed330 were told (Qwen-Max and Hunyuan styles); measured at first
 *                         sight after their fixes, then told
 *   eval/unseen/sealed334/ the three-hundred-and-thirty-fourth, written with sealed332 (ERNIE 4.0
 *                         and Claude 3.5 Sonnet styles); the same
 *   eval/unseen/sealed336/ the three-hundred-and-thirty-sixth, written after the twenty-sixth
 *                         session's review (DeepSeek-R1 and Qwen2.5-72B styles); measured at first
 *                         sight, then told
 *   eval/unseen/sealed338/ the three-hundred-and-thirty-eighth, written with sealed336 (Kimi and
 *                         Doubao styles); the same
 *   eval/unseen/sealed340/ the three-hundred-and-fortieth, written at the twenty-seventh
 *                         session's start (GLM-4-Plus and Kimi styles); measured at first sight,
 *                         then told
 *   eval/unseen/sealed342/ the three-hundred-and-forty-second, written with sealed340 (DeepSeek-R1
 *                         and Hunyuan styles); the same
 *   eval/unseen/sealed344/ the three-hundred-and-forty-fourth, written while sealed340 and
 *                         sealed342 were told (MiniMax and Spark styles); measured at first sight
 *                         after their fixes, then told
 *   eval/unseen/sealed346/ the three-hundred-and-forty-sixth, written with sealed344 (GPT-4o and
 *                         Doubao styles); the same
 *   eval/unseen/sealed348/ the three-hundred-and-forty-eighth, written while sealed344 and
 *                         sealed346 were told (Qwen-Max and DeepSeek-V3 styles); measured at first
 *                         sight after their fixes, then told
 *   eval/unseen/sealed350/ the three-hundred-and-fiftieth, written with sealed348 (DeepSeek-R1 and
 *                         Baichuan4 styles); the same
 *   eval/unseen/sealed352/ the three-hundred-and-fifty-second, written while sealed348 was told
 *                         and the twenty-seventh session's review ran (MiniMax and Spark styles);
 *                         measured at first sight, then told
 *   eval/unseen/sealed354/ the three-hundred-and-fifty-fourth, written after the twenty-seventh
 *                         session's review (GPT-4o and Kimi styles); measured at first sight, then
 *                         told
 *   eval/unseen/sealed356/ the three-hundred-and-fifty-sixth, written with sealed354 (Claude 3.5
 *                         Sonnet and ERNIE 4.0 styles); the same
 *   eval/unseen/sealed358/ the three-hundred-and-fifty-eighth, written at the twenty-eighth
 *                         session's start (GLM-4-Plus and Kimi styles); measured at first sight,
 *                         then told
 *   eval/unseen/sealed360/ the three-hundred-and-sixtieth, written with sealed358 (DeepSeek-R1 and
 *                         GPT-4o styles); the same
 *   eval/unseen/sealed362/ the three-hundred-and-sixty-second, written while sealed358 and
 *                         sealed360 were registered (Yi-Large and MiniMax styles); measured at first
 *                         sight, then told
 *   eval/unseen/sealed364/ the three-hundred-and-sixty-fourth, written with sealed362 (Qwen2.5-72B
 *                         and GLM-4 styles); the same
 *   eval/unseen/sealed366/ the three-hundred-and-sixty-sixth, written while sealed358 to sealed364
 *                         were told (Kimi and GPT-4o styles); measured at first sight after their
 *                         first fixes, then told
 *   eval/unseen/sealed368/ the three-hundred-and-sixty-eighth, written with sealed366 (Claude 3.5
 *                         Sonnet and ERNIE 4.0 styles); the same
 *   eval/unseen/sealed370/ the three-hundred-and-seventieth, written while sealed358 to sealed366
 *                         were told (Qwen-Max and DeepSeek-R1 styles); measured at first sight
 *                         after their fixes, then told
 *   eval/unseen/sealed372/ the three-hundred-and-seventy-second, written with sealed370 (Doubao and
 *                         GLM-4-Plus styles); the same
 *   eval/unseen/sealed374/ the three-hundred-and-seventy-fourth, written while sealed370 and
 *                         sealed372 were told (Claude 3.5 Sonnet and Qwen2.5-72B styles); measured at
 *                         first sight after their fixes, then told
 *   eval/unseen/sealed376/ the three-hundred-and-seventy-sixth, written with sealed374 (GLM-4 and
 *                         Baichuan4 styles); the same
 *   eval/unseen/sealed378/ the three-hundred-and-seventy-eighth, written while sealed374 and
 *                         sealed376 were told and the twenty-eighth session's review ran (Spark and
 *                         MiniMax styles); measured at first sight, then told
 *   eval/unseen/sealed380/ the three-hundred-and-eightieth, written after the twenty-eighth
 *                         session's reviews (DeepSeek-R1 and Kimi styles); measured at first sight,
 *                         then told
 *   eval/unseen/sealed382/ the three-hundred-and-eighty-second, written with sealed380 (Claude 3.5
 *                         Sonnet and Doubao styles); the same
 *   eval/unseen/sealed384/ the three-hundred-and-eighty-fourth, written at the twenty-ninth
 *                         session's start (Qwen-Max and DeepSeek-V3 styles; a power company, a
 *                         high-tech zone, a prison, a border station, a state farm, a 兵团 company,
 *                         a couriers' station, an office-tower community); measured at first sight,
 *                         then told
 *   eval/unseen/sealed386/ the three-hundred-and-eighty-sixth, written with sealed384 (ERNIE 4.0 and
 *                         Claude 3.5 Sonnet styles; a port group, a vocational school, an
 *                         agricultural institute, ride-hailing drivers, a riders' street, a
 *                         reservoir-resettlement township, an oilfield community, a university
 *                         school); the same
 *   eval/unseen/sealed388/ the three-hundred-and-eighty-eighth, written while sealed384 was told
 *                         (GLM-4 and Yi-Large styles; a heat-and-power plant, a geological team, a
 *                         maritime office, an establishment office, a university's middle school,
 *                         a rehoused community, a Youth League committee, a notary office); the
 *                         same
 *   eval/unseen/sealed390/ the three-hundred-and-ninetieth, written while sealed388 was told
 *                         (Qwen2.5-72B and DeepSeek-R1 styles; a coal mine, a botanical garden, a
 *                         surveying institute, a drama troupe, a river shipping firm, a stadium
 *                         centre, a publishing house, a seniors' university); the same
 *   eval/unseen/sealed392/ the three-hundred-and-ninety-second, written with sealed390 (Claude 3.5
 *                         Sonnet and Kimi styles; an overseas-Chinese home town, a TCM hospital, a
 *                         greening centre, an old-town street, a bamboo-craft town, a farm-machinery
 *                         centre, a private college, a relocation community); the same
 *   eval/unseen/sealed394/ the three-hundred-and-ninety-fourth, written while sealed390 and
 *                         sealed392 were told (GLM-4-Plus and Hunyuan styles; an emergency centre, a
 *                         blood station, a metro group, a cyberspace office, a 壮 village, a 朝鲜族
 *                         town, a 满族 township, a 维吾尔族 community); the same
 *   eval/unseen/sealed396/ the three-hundred-and-ninety-sixth, written with sealed394 (Yi-Large and
 *                         DeepSeek-V3 styles; a road section, a zone's chamber of commerce, a high
 *                         school, a county medical group, a mountain town, a veteran cadres' bureau,
 *                         a care centre, an old-town community); the same
 *   eval/unseen/sealed398/ the three-hundred-and-ninety-eighth, written while the twenty-ninth
 *                         session's first reviews ran (Qwen-Max and GPT-4o styles; a social-science
 *                         federation, a political-legal committee, a writers' association, a
 *                         reception centre, self-employed, property, catering and volunteer
 *                         associations); the same
 *   eval/unseen/sealed400/ the four-hundredth, written with sealed398 (DeepSeek-R1 and MiniMax
 *                         styles; 土族, 黎族, 羌族 and 仡佬族 places, a school group, a technicians'
 *                         college, a continuing-education school, a teachers' training school);
 *                         the same
 *   eval/unseen/sealed402/ the four-hundred-and-second, written while the twenty-ninth session's
 *                         third review ran (Qwen2.5-72B and ERNIE 4.0 styles; 畲族, 怒族 and 塔吉克族
 *                         places, a returnees' community, a port-and-shipping centre, a state
 *                         investment firm, a middle school, an old people's home); the same
 *   eval/unseen/sealed404/ the four-hundred-and-fourth, written at the thirtieth session's start
 *                         (Qwen-Max and DeepSeek-V3 styles; an insurer's city branch, a railway
 *                         track section, a vocational school, an ecological-resettlement village,
 *                         a pastoral 苏木, a border village, a port office, a private college);
 *                         the same
 *   eval/unseen/sealed406/ the four-hundred-and-sixth, written with sealed404 (ERNIE 4.0 and Doubao
 *                         styles; a tax bureau, a township hospital, an urban village, a migrants'
 *                         service station, a county media centre, an old town, a nine-year school,
 *                         a county trade-union federation); the same
 *   eval/unseen/sealed408/ the four-hundred-and-eighth, written while the thirtieth session's
 *                         first reviews ran (Baichuan4 and Yi-Large styles; a county library, a
 *                         township justice office, an island fishing village, a city Taiwan office,
 *                         a disabled persons' federation, an ethnic-and-religious affairs bureau, a
 *                         侗族 village, a state forest farm); the same
 *   eval/unseen/sealed410/ the four-hundred-and-tenth, written while the thirtieth session's
 *                         third review ran (Claude 3.5 Sonnet and Qwen2.5-72B styles; a county
 *                         science association, a street's chamber of commerce, a 瑶族 township, a
 *                         college's united-front department, a water bureau, a church's
 *                         community, a county federation of industry and commerce, a state-farm
 *                         group); the same
 *   eval/unseen/sealed412/ the four-hundred-and-twelfth, written at the thirty-first session's
 *                         start (Qwen-Max and GLM-4-Plus styles; a city weather bureau, a
 *                         high-tech zone's united-front office, a 回族 community, a county special
 *                         school, a city archives, a forest township, a county intellectuals'
 *                         association, a development-zone street); the same
 *   eval/unseen/sealed414/ the four-hundred-and-fourteenth, written while sealed412 was told (Doubao
 *                         and ERNIE 4.0 styles; a city housing bureau, a 苗族 village, a
 *                         university-affiliated school, a city lawyers' association, a county
 *                         natural-resources bureau, a fishing-port street, a city 民建 committee, a
 *                         border-trade town); the same
 *   eval/unseen/sealed416/ the four-hundred-and-sixteenth, written while sealed414 was told
 *                         (Baichuan4 and Spark styles; a city ecology bureau, a 羌族 village, a
 *                         county college for the elderly, a western returned scholars'
 *                         association, a county petitions bureau, an old industrial street, a
 *                         county Buddhist association, a mountain town); the same
 *   eval/unseen/sealed418/ the four-hundred-and-eighteenth, written while sealed416 was told
 *                         (Qwen2.5-72B and Claude 3.5 Sonnet styles; a county culture and tourism
 *                         bureau, a 布依族 village, a city health school, a collectors'
 *                         association, a district justice bureau, an airport-zone street, a county
 *                         Catholic patriotic association, a tea town); the same
 *   eval/unseen/sealed420/ the four-hundred-and-twentieth, written while the thirty-first session's
 *                         first mends were reviewed (Kimi and Doubao styles; a county commerce
 *                         bureau, a 满族 village, a city foreign-languages school, a county
 *                         entrepreneurs' association, a city civil-affairs bureau, a hot-spring
 *                         town, a county Islamic association, a logistics-park street); the same
 *   eval/unseen/sealed422/ the four-hundred-and-twenty-second, written while the thirty-first
 *                         session's second mends were reviewed (Spark and Baichuan4 styles; a county
 *                         health bureau, a 黎族 village, a county primary school, a city photographers'
 *                         association, a city offices-administration bureau, a border town, a city
 *                         Christian council, an old-estates street); the same
 *   eval/unseen/sealed424/ the four-hundred-and-twenty-fourth, written at the thirty-second
 *                         session's start (Qwen-Max and GLM-4-Plus styles; a county public-security
 *                         bureau, a 侗族 village, a vocational high school, a county 侨联, a
 *                         relocation community, a ceramics town, a county media centre, a 民进
 *                         county branch); measured at first sight, then its classes were told
 *   eval/unseen/sealed426/ the four-hundred-and-twenty-sixth, written with sealed424 (Doubao and
 *                         ERNIE 4.0 styles; a 侨乡 town, a 哈尼族 village, a county post office, a
 *                         township health centre, an old-city street, a 市场监管局, a township
 *                         middle school, a 致公党 branch); measured at first sight, then told
 *   eval/unseen/sealed428/ the four-hundred-and-twenty-eighth, written while sealed424 and
 *                         sealed426 were adjudicated (Baichuan4 and Spark styles; a veterans
 *                         bureau, a 仡佬族 township, a county kindergarten, a calligraphers'
 *                         association, a high-speed-rail new-town street, a county trade-union
 *                         council, a 民族小学, a tobacco monopoly bureau); measured at first sight,
 *                         then its classes were told
 *   eval/unseen/sealed430/ the four-hundred-and-thirtieth, written while sealed428 was adjudicated
 *                         (Qwen2.5-72B and Claude 3.5 Sonnet styles; a water bureau, a 纳西族
 *                         village, an 实验中学, a county 工商联, a student start-up quarter's
 *                         community, a wine town, a county library, a 民革 branch); measured at
 *                         first sight, then its classes were told
 *   eval/unseen/sealed432/ the four-hundred-and-thirty-second, written while sealed430 was
 *                         adjudicated (Kimi and Doubao styles; a real-estate registration centre, a
 *                         景颇族 village, a township central primary school, a returned overseas
 *                         students' association, an old industrial street, a 发改局, a county
 *                         secondary vocational school, a musicians' association); measured at first
 *                         sight, then its classes were told
 *   eval/unseen/sealed434/ the four-hundred-and-thirty-fourth, written at the thirty-third
 *                         session's start (Qwen-Max and GLM-4-Plus styles; a 土家族 township, a
 *                         自然资源局, a special-education school, a self-employed workers'
 *                         association, a port street, a 白族 village, a county tax bureau, an
 *                         agricultural vocational college); measured at first sight, then its
 *                         classes were told
 *   eval/unseen/sealed436/ the four-hundred-and-thirty-sixth, written with sealed434 (Doubao and
 *                         ERNIE 4.0 styles; a 苗族 village, a county 农业农村局, a development-zone
 *                         street, a county Red Cross, a 回族 community, a normal school, a county
 *                         archives, a young entrepreneurs' chamber); measured at first sight after
 *                         sealed434's fixes, then its classes were told
 *   eval/unseen/sealed438/ the four-hundred-and-thirty-eighth, written while sealed434 and
 *                         sealed436 were adjudicated (Baichuan4 and Spark styles; a 布依族
 *                         township, a county 商务局, a vocational-technical college, a village
 *                         doctors' association, a university-district street, a 土族 village, a
 *                         county 司法局, an experimental primary school); measured at first sight,
 *                         then its classes were told
 *   eval/unseen/sealed440/ the four-hundred-and-fortieth, written while sealed434 and sealed436
 *                         were adjudicated (Qwen2.5-72B and Claude 3.5 Sonnet styles; a 羌族
 *                         village, a traffic-police brigade, a shopping-district street, a
 *                         university for the elderly, a 撒拉族 village, a 侨联 high school, a county
 *                         weather bureau, a private hospitals' association); measured at first
 *                         sight after sealed438's fixes, then its classes were told
 *   eval/unseen/sealed442/ the four-hundred-and-forty-second, written while sealed438 and
 *                         sealed440 were adjudicated (Qwen-Max and GLM-4-Plus styles; a 满族 town,
 *                         a veterans' service centre, a county vocational secondary school, a
 *                         catering association, a riverside street, a 哈萨克族 village, a public
 *                         resources trading centre, a rural boarding primary school); measured at
 *                         first sight, then its classes were told
 *   eval/unseen/sealed444/ the four-hundred-and-forty-fourth, written while sealed438 and
 *                         sealed440 were adjudicated (Doubao and ERNIE 4.0 styles; an 鄂温克族
 *                         township, a 林草局, an industrial-park street, a county charity
 *                         federation, a 东乡族 village, a county No. 1 high school, a local
 *                         gazetteer office, a returnee entrepreneurs' association); measured at
 *                         first sight after sealed442's fixes, then its classes were told
 *   eval/unseen/sealed446/ the four-hundred-and-forty-sixth, written while sealed444 was
 *                         adjudicated (Baichuan4 and Spark styles; a 侗族 town, a 市场监管局, a
 *                         special-education centre, a domestic-services association, a station-area
 *                         street, a 裕固族 village, a 医保局, a vocational education centre);
 *                         measured at first sight after every fix of the session, then told
 *   eval/unseen/sealed448/ the four-hundred-and-forty-eighth, written at the thirty-fourth
 *                          session's start (Qwen3 and DeepSeek-V3.1 styles; an 鄂伦春族 township, a
 *                          退役军人事务局, a county sports school, a calligraphers' association, a seaside
 *                          tourist street, a 朝鲜族 village, an 应急管理局, a 民建 branch); measured at first
 *                          sight, then its classes were told
 *   eval/unseen/sealed450/ the four-hundred-and-fiftieth, written with sealed448 (Doubao-1.5-pro
 *                          and ERNIE 4.5 styles; a 景颇族 town, a county trade-union federation, an
 *                          open university, a new-social-strata association, a tech-park talent
 *                          community, an old-city-wall street, a 财政局, a Buddhist association);
 *                          measured at first sight, then its classes were told
 *   eval/unseen/sealed452/ the four-hundred-and-fifty-second, written while sealed448 and sealed450
 *                          were adjudicated (Qwen-Max and GLM-4-Plus styles; a 达斡尔族 township, a 妇联,
 *                          a county ethnic middle school, a Western Returned Scholars association,
 *                          an overseas-Chinese hometown community, an industrial-heritage street, a
 *                          公安局, a Christian council); measured at first sight after sealed450's
 *                          fixes, then its classes were told
 *   eval/unseen/sealed454/ the four-hundred-and-fifty-fourth, written while sealed448 and sealed450
 *                          were adjudicated (Doubao and ERNIE 4.0 styles; a 蒙古族 sumu, a 科协, an
 *                          experimental middle school, an Islamic association, a 京族 town, a foreign
 *                          residents' community, a grain reserve bureau, a 民进 branch); measured at
 *                          first sight after sealed450's fixes, then its classes were told
 *   eval/unseen/sealed456/ the four-hundred-and-fifty-sixth, written while sealed448 and sealed450
 *                          were adjudicated (Baichuan4 and Spark styles; a 门巴族 township, a
 *                          人大常委会办公室, a county No. 2 middle school, a 民革 branch, a reservoir-
 *                          resettlement village, a ceramics street, a supply-and-marketing
 *                          cooperative, a Taoist association); measured at first sight after
 *                          sealed454's fixes, then its classes were told
 *   eval/unseen/sealed458/ the four-hundred-and-fifty-eighth, written while sealed448 and sealed450
 *                          were adjudicated (Claude 3.5 Sonnet and Qwen2.5-72B styles; a 仡佬族
 *                          township, a county government office, an agricultural secondary school,
 *                          a Catholic patriotic association, a border herding village, a school-
 *                          district street, a 疾控中心, a youth federation); measured at first sight
 *                          after every fix of the session, then told
 *   eval/unseen/sealed108/ a hundred-and-eighth, written at the thirteenth session's start
 *                         (DeepSeek-R1 and Qwen2.5 styles); held unread, measured once after
 *                         every fix: never told
 *   eval/unseen/sealed113/ a hundred-and-thirteenth, written while sealed111 was told (GLM-4 and
 *                         ERNIE styles); the same
 *   eval/unseen/sealed116/ a hundred-and-sixteenth, written while sealed115 was told (DeepSeek-V3
 *                         and GLM-4 styles); the same
 *   eval/unseen/sealed118/ a hundred-and-eighteenth, written at the fourteenth session's start
 *                         (Qwen-Max and Kimi styles); held unread, measured once after every fix:
 *                         never told
 *   eval/unseen/sealed124/ a hundred-and-twenty-fourth, written while sealed122 and sealed123 were
 *                         told (ERNIE and Doubao styles); the same
 *   eval/unseen/sealed129/ a hundred-and-twenty-ninth, written while sealed125 and sealed126 were
 *                         told (Doubao and GPT-4o styles); the same
 *   eval/unseen/sealed132/ a hundred-and-thirty-second, written while sealed127 and sealed128 were
 *                         told (Kimi and GLM-4 styles); the same
 *   eval/unseen/sealed138/ a hundred-and-thirty-eighth, written at the fifteenth session's start
 *                         (Doubao and ERNIE styles); held unread, measured once after every fix:
 *                         never told
 *   eval/unseen/sealed143/ a hundred-and-forty-third, written while sealed139 and sealed140 were
 *                         told (Qwen2.5 and DeepSeek-V3 styles); the same
 *   eval/unseen/sealed146/ a hundred-and-forty-sixth, written while sealed144 and sealed145 were
 *                         told (GLM-4 and GPT-4o styles); the same
 *   eval/unseen/sealed149/ a hundred-and-forty-ninth, written while sealed147 was told
 *                         (DeepSeek-V3 and GLM-4 styles); the same
 *   eval/unseen/sealed151/ a hundred-and-fifty-first, written while sealed148 was told (GPT-4o
 *                         and Qwen-Max styles); the same
 *   eval/unseen/sealed153/ a hundred-and-fifty-third, written at the sixteenth session's start
 *                         (DeepSeek-V3 and Qwen2.5 styles); held unread, measured once after
 *                         every fix: never told
 *   eval/unseen/sealed157/ a hundred-and-fifty-seventh, written while sealed154 and sealed155 were
 *                         told (Qwen-Max and GPT-4o styles); the same
 *   eval/unseen/sealed159/ a hundred-and-fifty-ninth, written while sealed156 was told (GLM-4 and
 *                         DeepSeek-V3 styles); the same
 *   eval/unseen/sealed162/ a hundred-and-sixty-second, written while sealed158 was told (Kimi and
 *                         GLM-4 styles); the same
 *   eval/unseen/sealed164/ a hundred-and-sixty-fourth, written while sealed160 and sealed161 were
 *                         told (ERNIE and DeepSeek-V3 styles); the same
 *   eval/unseen/sealed166/ a hundred-and-sixty-sixth, written at the seventeenth session's start
 *                         (GLM-4 and DeepSeek-V3 styles); held unread, measured once after every
 *                         fix: never told
 *   eval/unseen/sealed170/ a hundred-and-seventieth, written while sealed165 was told (Kimi and
 *                         Qwen-Max styles); the same
 *   eval/unseen/sealed173/ a hundred-and-seventy-third, written while sealed169 and sealed171
 *                         were told (DeepSeek-R1 and ERNIE styles); the same
 *   eval/unseen/sealed176/ a hundred-and-seventy-sixth, written at the eighteenth session's start
 *                         (DeepSeek-V3 and GLM-4 styles); the same
 *   eval/unseen/sealed179/ a hundred-and-seventy-ninth, written while sealed175 was told (Qwen2.5
 *                         and DeepSeek-R1 styles); the same
 *   eval/unseen/sealed181/ a hundred-and-eighty-first, written while sealed177 was told (Doubao
 *                         and Kimi styles); the same
 *   eval/unseen/sealed183/ a hundred-and-eighty-third, written while sealed178 was told (GPT-4o
 *                         and DeepSeek-V3 styles); the same
 *   eval/unseen/sealed185/ a hundred-and-eighty-fifth, written while sealed180 was told (ERNIE
 *                         and Doubao styles); the same
 *   eval/unseen/sealed187/ a hundred-and-eighty-seventh, written while sealed182 was told
 *                         (Qwen-Max and DeepSeek-V3 styles); the same
 *   eval/unseen/sealed189/ a hundred-and-eighty-ninth, written while sealed186 was told (GPT-4o
 *                         and Doubao styles); the same
 *   eval/unseen/sealed191/ a hundred-and-ninety-first, written while sealed188 was told (GLM-4 and
 *                         ERNIE styles); the same
 *   eval/unseen/sealed193/ a hundred-and-ninety-third, written while sealed190 was told (Kimi and
 *                         GPT-4o styles); the same
 *   eval/unseen/sealed195/ a hundred-and-ninety-fifth, written while sealed192 was told
 *                         (DeepSeek-R1 and Qwen2.5 styles); the same
 *   eval/unseen/sealed197/ a hundred-and-ninety-seventh, written after the review (ERNIE and Kimi
 *                         styles); the same
 *   eval/unseen/sealed199/ a hundred-and-ninety-ninth, written at the nineteenth session's start
 *                         (Doubao and DeepSeek-R1 styles); the same
 *   eval/unseen/sealed201/ the two-hundred-and-first, written while sealed198 was told (Qwen2.5
 *                         and ERNIE styles); the same
 *   eval/unseen/sealed203/ the two-hundred-and-third, written while sealed200 was told (GLM-4
 *                         and Doubao styles); the same
 *   eval/unseen/sealed205/ the two-hundred-and-fifth, written while sealed202 was told (GPT-4o
 *                         and Qwen2.5 styles); the same
 *   eval/unseen/sealed207/ the two-hundred-and-seventh, written while sealed204 was told (Kimi
 *                         and GLM-4 styles); the same
 *   eval/unseen/sealed209/ the two-hundred-and-ninth, written while sealed206 was told
 *                         (DeepSeek-V3 and ERNIE styles); the same
 *   eval/unseen/sealed211/ the two-hundred-and-eleventh, written while sealed208 was told
 *                         (Qwen-Max and Kimi styles); the same
 *   eval/unseen/sealed213/ the two-hundred-and-thirteenth, written while sealed210 was told
 *                         (Doubao and GPT-4o styles); the same
 *   eval/unseen/sealed215/ the two-hundred-and-fifteenth, written while sealed212 was told
 *                         (DeepSeek-V3 and GLM-4 styles); the same
 *   eval/unseen/sealed217/ the two-hundred-and-seventeenth, written while sealed214 was told
 *                         (Doubao and Qwen-Max styles); the same
 *   eval/unseen/sealed219/ the two-hundred-and-nineteenth, written while sealed216 was told
 *                         (Qwen2.5 and ERNIE styles); the same
 *   eval/unseen/sealed221/ the two-hundred-and-twenty-first, written with sealed220 (Qwen-Max
 *                         and GPT-4o styles); the same
 *   eval/unseen/sealed223/ the two-hundred-and-twenty-third, written with sealed220 (DeepSeek-R1
 *                         and Kimi styles); the same
 *   eval/unseen/sealed225/ the two-hundred-and-twenty-fifth, written while sealed222 was told
 *                         (Doubao and GLM-4 styles); the same
 *   eval/unseen/sealed227/ the two-hundred-and-twenty-seventh, written while sealed224 was told
 *                         (GPT-4o and Qwen-Max styles); the same
 *   eval/unseen/sealed229/ the two-hundred-and-twenty-ninth, written with sealed228 (GLM-4-Plus
 *                         and Qwen2.5 styles); the same
 *   eval/unseen/sealed231/ the two-hundred-and-thirty-first, written with sealed228 (GPT-4o and
 *                         DeepSeek-R1 styles); the same
 *   eval/unseen/sealed233/ the two-hundred-and-thirty-third, written while sealed230 was told
 *                         (Kimi and Doubao styles); the same
 *   eval/unseen/sealed235/ the two-hundred-and-thirty-fifth, written while sealed230 was told
 *                         (ERNIE and DeepSeek-V3 styles); the same
 *   eval/unseen/sealed237/ the two-hundred-and-thirty-seventh, written while sealed234 was told
 *                         (DeepSeek-V3 and Doubao styles); the same
 *   eval/unseen/sealed239/ the two-hundred-and-thirty-ninth, written while sealed234 was told
 *                         (GPT-4o and DeepSeek-R1 styles); the same
 *   eval/unseen/sealed241/ the two-hundred-and-forty-first, written while sealed238 was told
 *                         (GLM-4 and ERNIE styles); the same
 *   eval/unseen/sealed243/ the two-hundred-and-forty-third, written while sealed238 was told
 *                         (GPT-4o and DeepSeek-R1 styles); the same
 *   eval/unseen/sealed245/ the two-hundred-and-forty-fifth, written while sealed242 was told
 *                         (Qwen-Max and Kimi styles); the same
 *   eval/unseen/sealed247/ the two-hundred-and-forty-seventh, written with sealed248
 *                         (GLM-4-Plus and Qwen2.5-72B styles); the same
 *   eval/unseen/sealed249/ the two-hundred-and-forty-ninth, written with sealed248
 *                         (Kimi and ERNIE styles); the same
 *   eval/unseen/sealed251/ the two-hundred-and-fifty-first, written while sealed248 was told
 *                         (Doubao and GPT-4o styles); the same
 *   eval/unseen/sealed253/ the two-hundred-and-fifty-third, written while sealed248 was told
 *                         (DeepSeek-V3 and ERNIE styles); the same
 *   eval/unseen/sealed255/ the two-hundred-and-fifty-fifth, written while sealed252 was told
 *                         (GLM-4-Plus and DeepSeek-R1 styles); the same
 *   eval/unseen/sealed257/ the two-hundred-and-fifty-seventh, written while sealed252 was told
 *                         (Qwen-Max and Kimi styles); the same
 *   eval/unseen/sealed259/ the two-hundred-and-fifty-ninth, written while sealed256 was told
 *                         (DeepSeek-V3 and Doubao styles); the same
 *   eval/unseen/sealed261/ the two-hundred-and-sixty-first, written while sealed256 was told
 *                         (Kimi and GPT-4o styles); the same
 *   eval/unseen/sealed263/ the two-hundred-and-sixty-third, written while sealed260 was told
 *                         (ERNIE and GLM-4 styles); the same
 *   eval/unseen/sealed265/ the two-hundred-and-sixty-fifth, written while sealed260 was told
 *                         (Doubao and Qwen2.5-72B styles); the same
 *   eval/unseen/sealed267/ the two-hundred-and-sixty-seventh, written at the twenty-third
 *                         session's start (DeepSeek-V3 and Kimi styles); the same
 *   eval/unseen/sealed269/ the two-hundred-and-sixty-ninth, written with sealed267 (GLM-4-Plus
 *                         and ERNIE styles); the same
 *   eval/unseen/sealed271/ the two-hundred-and-seventy-first, written with sealed267 (Doubao and
 *                         Qwen-Max styles); the same
 *   eval/unseen/sealed273/ the two-hundred-and-seventy-third, written with sealed267 (GPT-4o and
 *                         Doubao styles); the same
 *   eval/unseen/sealed275/ the two-hundred-and-seventy-fifth, written while sealed272 was told
 *                         (GLM-4-Plus and Qwen2.5-72B styles); the same
 *   eval/unseen/sealed277/ the two-hundred-and-seventy-seventh, written while sealed272 was told
 *                         (Kimi and ERNIE styles); the same
 *   eval/unseen/sealed279/ the two-hundred-and-seventy-ninth, written while sealed276 was told
 *                         (DeepSeek-R1 and GLM-4 styles); the same
 *   eval/unseen/sealed281/ the two-hundred-and-eighty-first, written while sealed276 was told
 *                         (Doubao and GPT-4o styles); the same
 *   eval/unseen/sealed283/ the two-hundred-and-eighty-third, written at the twenty-fourth
 *                         session's start (DeepSeek-V3 and Qwen-Max styles); the same
 *   eval/unseen/sealed285/ the two-hundred-and-eighty-fifth, written with sealed283 (Doubao and
 *                         ERNIE styles); the same
 *   eval/unseen/sealed287/ the two-hundred-and-eighty-seventh, written while sealed284 was told
 *                         (Qwen2.5-72B and GLM-4 styles); the same
 *   eval/unseen/sealed289/ the two-hundred-and-eighty-ninth, written while sealed288 was told
 *                         (Kimi and GPT-4o styles); the same
 *   eval/unseen/sealed291/ the two-hundred-and-ninety-first, written while sealed288 was told
 *                         (GLM-4-Plus and Doubao styles); the same
 *   eval/unseen/sealed293/ the two-hundred-and-ninety-third, written while sealed290 was told
 *                         (DeepSeek-V3 and Kimi styles); the same
 *   eval/unseen/sealed295/ the two-hundred-and-ninety-fifth, written while sealed290 was told
 *                         (ERNIE and Qwen2.5-72B styles); the same
 *   eval/unseen/sealed297/ the two-hundred-and-ninety-seventh, written with sealed298 (DeepSeek-V3
 *                         and Claude 3.5 Sonnet styles); the same
 *   eval/unseen/sealed299/ the two-hundred-and-ninety-ninth, written with sealed298 (GLM-4-Plus and
 *                         Baichuan4 styles); the same
 *   eval/unseen/sealed301/ the three-hundred-and-first, written while sealed298 was told (ERNIE
 *                         and GPT-4o styles); the same
 *   eval/unseen/sealed303/ the three-hundred-and-third, written while sealed298 was told
 *                         (Qwen2.5-72B and MiniMax styles); the same
 *   eval/unseen/sealed305/ the three-hundred-and-fifth, written while sealed298 was told
 *                         (DeepSeek-V3 and Kimi styles); the same
 *   eval/unseen/sealed307/ the three-hundred-and-seventh, written while sealed298 was told (GPT-4o
 *                         and Yi-Large styles); the same
 *   eval/unseen/sealed309/ the three-hundred-and-ninth, written while sealed302 was told (Doubao
 *                         and DeepSeek-R1 styles); the same
 *   eval/unseen/sealed311/ the three-hundred-and-eleventh, written while sealed310 was told
 *                         (Qwen-Max and DeepSeek-V3 styles); the same
 *   eval/unseen/sealed313/ the three-hundred-and-thirteenth, written while sealed310 was told
 *                         (ERNIE and GPT-4o styles); the same
 *   eval/unseen/sealed315/ the three-hundred-and-fifteenth, written while sealed310 was told
 *                         (Claude 3.5 Sonnet and Baichuan4 styles); the same
 *   eval/unseen/sealed317/ the three-hundred-and-seventeenth, written while sealed310 was told
 *                         (DeepSeek-R1 and MiniMax styles); the same
 *   eval/unseen/sealed319/ the three-hundred-and-nineteenth, written at the twenty-sixth session's
 *                         start (DeepSeek-V3 and Qwen-Max styles); the same
 *   eval/unseen/sealed321/ the three-hundred-and-twenty-first, written with sealed319 (ERNIE 4.0
 *                         and Doubao styles); the same
 *   eval/unseen/sealed323/ the three-hundred-and-twenty-third, written while sealed320 and
 *                         sealed322 were told (DeepSeek-R1 and GLM-4 styles); the same
 *   eval/unseen/sealed325/ the three-hundred-and-twenty-fifth, written with sealed323 (Hunyuan and
 *                         Yi-Large styles); the same
 *   eval/unseen/sealed327/ the three-hundred-and-twenty-seventh, written while sealed324 and
 *                         sealed326 were told (Claude 3.5 Sonnet and ERNIE 4.0 styles); the same
 *   eval/unseen/sealed329/ the three-hundred-and-twenty-ninth, written with sealed327 (Qwen-Max and
 *                         GPT-4o styles); the same
 *   eval/unseen/sealed331/ the three-hundred-and-thirty-first, written while sealed328 and
 *                         sealed330 were told (Baichuan4 and DeepSeek-V3 styles); the same
 *   eval/unseen/sealed333/ the three-hundred-and-thirty-third, written with sealed331 (GLM-4 and
 *                         Doubao styles); the same
 *   eval/unseen/sealed335/ the three-hundred-and-thirty-fifth, written after the twenty-sixth
 *                         session's review (Spark and Yi-Large styles); the same
 *   eval/unseen/sealed337/ the three-hundred-and-thirty-seventh, written with sealed335 (GPT-4o and
 *                         MiniMax styles); the same
 *   eval/unseen/sealed339/ the three-hundred-and-thirty-ninth, written at the twenty-seventh
 *                         session's start (Qwen-Max and DeepSeek-V3 styles); the same
 *   eval/unseen/sealed341/ the three-hundred-and-forty-first, written with sealed339 (ERNIE 4.0 and
 *                         Claude 3.5 Sonnet styles); the same
 *   eval/unseen/sealed343/ the three-hundred-and-forty-third, written while sealed340 and
 *                         sealed342 were told (Baichuan4 and Yi-Large styles); the same
 *   eval/unseen/sealed345/ the three-hundred-and-forty-fifth, written with sealed343 (GLM-4 and
 *                         Qwen2.5-72B styles); the same
 *   eval/unseen/sealed347/ the three-hundred-and-forty-seventh, written while sealed344 and
 *                         sealed346 were told (Kimi and ERNIE 4.0 styles); the same
 *   eval/unseen/sealed349/ the three-hundred-and-forty-ninth, written with sealed347 (Claude 3.5
 *                         Sonnet and GLM-4-Plus styles); the same
 *   eval/unseen/sealed351/ the three-hundred-and-fifty-first, written with sealed352 (Hunyuan and
 *                         Yi-Large styles); the same
 *   eval/unseen/sealed353/ the three-hundred-and-fifty-third, written after the twenty-seventh
 *                         session's review (DeepSeek-V3 and Qwen2.5-72B styles); the same
 *   eval/unseen/sealed355/ the three-hundred-and-fifty-fifth, written with sealed353 (GLM-4 and
 *                         Doubao styles); the same
 *   eval/unseen/sealed357/ the three-hundred-and-fifty-seventh, written at the twenty-eighth
 *                         session's start (Qwen-Max and DeepSeek-V3 styles); the same
 *   eval/unseen/sealed359/ the three-hundred-and-fifty-ninth, written with sealed357 (ERNIE 4.0
 *                         and Claude 3.5 Sonnet styles); the same
 *   eval/unseen/sealed361/ the three-hundred-and-sixty-first, written while sealed358 and
 *                         sealed360 were registered (Hunyuan and Baichuan4 styles); the same
 *   eval/unseen/sealed363/ the three-hundred-and-sixty-third, written with sealed361 (Spark and
 *                         Doubao styles); the same
 *   eval/unseen/sealed365/ the three-hundred-and-sixty-fifth, written while sealed358 to sealed364
 *                         were told (Qwen-Max and DeepSeek-V3 styles); the same
 *   eval/unseen/sealed367/ the three-hundred-and-sixty-seventh, written with sealed365 (Baichuan4
 *                         and GLM-4 styles); the same
 *   eval/unseen/sealed369/ the three-hundred-and-sixty-ninth, written while sealed358 to sealed366
 *                         were told (Yi-Large and Hunyuan styles); the same
 *   eval/unseen/sealed371/ the three-hundred-and-seventy-first, written with sealed369 (Spark and
 *                         MiniMax styles); the same
 *   eval/unseen/sealed373/ the three-hundred-and-seventy-third, written while sealed370 and
 *                         sealed372 were told (GPT-4o and Kimi styles); the same
 *   eval/unseen/sealed375/ the three-hundred-and-seventy-fifth, written with sealed373 (DeepSeek-V3
 *                         and ERNIE 4.0 styles); the same
 *   eval/unseen/sealed377/ the three-hundred-and-seventy-seventh, written with sealed378 (Hunyuan
 *                         and Yi-Large styles); the same
 *   eval/unseen/sealed379/ the three-hundred-and-seventy-ninth, written with sealed378 (Doubao and
 *                         Qwen-Max styles); the same
 *   eval/unseen/sealed381/ the three-hundred-and-eighty-first, written after the twenty-eighth
 *                         session's reviews (GPT-4o and GLM-4-Plus styles); the same
 *   eval/unseen/sealed383/ the three-hundred-and-eighty-third, written with sealed381 (Qwen2.5-72B
 *                         and ERNIE 4.0 styles); the same
 *   eval/unseen/sealed385/ the three-hundred-and-eighty-fifth, written with sealed384 (GLM-4-Plus and
 *                         Kimi styles); the same
 *   eval/unseen/sealed387/ the three-hundred-and-eighty-seventh, written with sealed384 (Doubao and
 *                         Hunyuan styles); the same
 *   eval/unseen/sealed389/ the three-hundred-and-eighty-ninth, written with sealed388 (Baichuan4 and
 *                         Spark styles); the same
 *   eval/unseen/sealed391/ the three-hundred-and-ninety-first, written with sealed390 (GPT-4o and
 *                         MiniMax styles); the same
 *   eval/unseen/sealed393/ the three-hundred-and-ninety-third, written with sealed390 (DeepSeek-V3
 *                         and Qwen-Max styles); the same
 *   eval/unseen/sealed395/ the three-hundred-and-ninety-fifth, written with sealed394 (ERNIE 4.0 and
 *                         Doubao styles); the same
 *   eval/unseen/sealed397/ the three-hundred-and-ninety-seventh, written with sealed394 (Baichuan4
 *                         and Spark styles); the same
 *   eval/unseen/sealed399/ the three-hundred-and-ninety-ninth, written with sealed398 (GLM-4 and
 *                         Kimi styles); the same
 *   eval/unseen/sealed401/ the four-hundred-and-first, written with sealed402 (Doubao and Yi-Large
 *                         styles); the same
 *   eval/unseen/sealed403/ the four-hundred-and-third, written with sealed402 (Kimi and GLM-4
 *                         styles); the same
 *   eval/unseen/sealed405/ the four-hundred-and-fifth, written with sealed404 (Kimi and GLM-4-Plus
 *                         styles); the same
 *   eval/unseen/sealed407/ the four-hundred-and-seventh, written with sealed404 (GPT-4o and Hunyuan
 *                         styles); the same
 *   eval/unseen/sealed409/ the four-hundred-and-ninth, written with sealed408 (MiniMax and Spark
 *                         styles); the same
 *   eval/unseen/sealed411/ the four-hundred-and-eleventh, written with sealed410 (DeepSeek-R1 and
 *                         GLM-4 styles); the same
 *   eval/unseen/sealed413/ the four-hundred-and-thirteenth, written with sealed412 (DeepSeek-V3 and
 *                         Kimi styles); the same
 *   eval/unseen/sealed415/ the four-hundred-and-fifteenth, written with sealed414 (Hunyuan and
 *                         Yi-Large styles); the same
 *   eval/unseen/sealed417/ the four-hundred-and-seventeenth, written with sealed416 (MiniMax and
 *                         GPT-4o styles); the same
 *   eval/unseen/sealed419/ the four-hundred-and-nineteenth, written with sealed418 (DeepSeek-R1 and
 *                         GLM-4 styles); the same
 *   eval/unseen/sealed421/ the four-hundred-and-twenty-first, written with sealed420 (ERNIE 4.0 and
 *                         Qwen-Max styles); the same
 *   eval/unseen/sealed423/ the four-hundred-and-twenty-third, written with sealed422 (Hunyuan and
 *                         MiniMax styles); the same
 *   eval/unseen/sealed425/ the four-hundred-and-twenty-fifth, written with sealed424 (DeepSeek-V3
 *                         and Kimi styles); the same: never told
 *   eval/unseen/sealed427/ the four-hundred-and-twenty-seventh, written with sealed426 (Hunyuan and
 *                         Yi-Large styles); the same: never told
 *   eval/unseen/sealed429/ the four-hundred-and-twenty-ninth, written with sealed428 (MiniMax and
 *                         GPT-4o styles); the same: never told
 *   eval/unseen/sealed431/ the four-hundred-and-thirty-first, written with sealed430 (DeepSeek-R1
 *                         and GLM-4 styles); the same: never told
 *   eval/unseen/sealed433/ the four-hundred-and-thirty-third, written with sealed432 (ERNIE 4.0 and
 *                         Hunyuan styles); the same: never told
 *   eval/unseen/sealed435/ the four-hundred-and-thirty-fifth, written with sealed434 (DeepSeek-V3
 *                         and Kimi styles); the same: never told
 *   eval/unseen/sealed437/ the four-hundred-and-thirty-seventh, written with sealed434 (Hunyuan
 *                         and Yi-Large styles); the same: never told
 *   eval/unseen/sealed439/ the four-hundred-and-thirty-ninth, written with sealed438 (MiniMax and
 *                         GPT-4o styles); the same: never told
 *   eval/unseen/sealed441/ the four-hundred-and-forty-first, written with sealed440 (DeepSeek-R1
 *                         and GLM-4 styles); the same: never told
 *   eval/unseen/sealed443/ the four-hundred-and-forty-third, written with sealed442 (DeepSeek-V3
 *                         and Kimi styles); the same: never told
 *   eval/unseen/sealed445/ the four-hundred-and-forty-fifth, written with sealed444 (Hunyuan and
 *                         Yi-Large styles); the same: never told
 *   eval/unseen/sealed447/ the four-hundred-and-forty-seventh, written with sealed446 (MiniMax and
 *                         GPT-4o styles); the same: never told
 *   eval/unseen/sealed449/ the four-hundred-and-forty-ninth, written with sealed448 (Kimi K2 and
 *                          GLM-4.5 styles); held unread, measured once: never told
 *   eval/unseen/sealed451/ the four-hundred-and-fifty-first, written with sealed450 (Step-2 and
 *                          SenseChat styles); held unread, measured once: never told
 *   eval/unseen/sealed453/ the four-hundred-and-fifty-third, written with sealed452 (DeepSeek-V3
 *                          and Kimi styles); held unread, measured once: never told
 *   eval/unseen/sealed455/ the four-hundred-and-fifty-fifth, written with sealed454 (Hunyuan and
 *                          Yi-Large styles); held unread, measured once: never told
 *   eval/unseen/sealed457/ the four-hundred-and-fifty-seventh, written with sealed456 (MiniMax and
 *                          GPT-4o styles); held unread, measured once: never told
 *   eval/unseen/sealed459/ the four-hundred-and-fifty-ninth, written with sealed458 (DeepSeek-R1
 *                          and GLM-4 styles); held unread, measured once: never told
 *
 * A case is `<id>.json` (a DraftCase: id, about, templateId, info, answers) and `<id>.txt` (the
 * draft). `npx tsx eval/unseen.ts --request <case.json>` prints the exact request for a case, to
 * write its draft from.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), 'unseen');

const AnswerSchema = z.union([z.array(z.string()), z.literal('skip'), z.literal('na')]);
const CaseSchema = z.object({
  id: z.string(),
  about: z.string(),
  templateId: z.enum(['tongzhan', 'general']),
  info: z.record(z.string(), z.string()),
  answers: z.record(z.string(), AnswerSchema),
});

/** The halves, in the order printed; only `open` is ever shown beyond its counts. */
const HALVES = [
  'open',
  'sealed',
  'sealed2',
  'sealed3',
  'sealed4',
  'sealed5',
  'sealed6',
  'sealed7',
  'sealed8',
  'sealed9',
  'sealed10',
  'sealed11',
  'sealed12',
  'sealed13',
  'sealed14',
  'sealed15',
  'sealed16',
  'sealed17',
  'sealed18',
  'sealed19',
  'sealed20',
  'sealed21',
  'sealed22',
  'sealed23',
  'sealed24',
  'sealed25',
  'sealed26',
  'sealed27',
  'sealed28',
  'sealed29',
  'sealed30',
  'sealed31',
  'sealed32',
  'sealed33',
  'sealed34',
  'sealed35',
  'sealed36',
  'sealed37',
  'sealed38',
  'sealed39',
  'sealed40',
  'sealed41',
  'sealed42',
  'sealed43',
  'sealed44',
  'sealed45',
  'sealed46',
  'sealed47',
  'sealed48',
  'sealed49',
  'sealed50',
  'sealed51',
  'sealed52',
  'sealed53',
  'sealed54',
  'sealed55',
  'sealed56',
  'sealed57',
  'sealed58',
  'sealed60',
  'sealed61',
  'sealed62',
  'sealed63',
  'sealed64',
  'sealed65',
  'sealed67',
  'sealed68',
  'sealed69',
  'sealed70',
  'sealed71',
  'sealed72',
  'sealed73',
  'sealed74',
  'sealed76',
  'sealed78',
  'sealed80',
  'sealed82',
  'sealed83',
  'sealed84',
  'sealed86',
  'sealed88',
  'sealed59',
  'sealed66',
  'sealed75',
  'sealed77',
  'sealed79',
  'sealed81',
  'sealed85',
  'sealed87',
  'sealed89',
  'sealed90',
  'sealed91',
  'sealed94',
  'sealed95',
  'sealed96',
  'sealed97',
  'sealed98',
  'sealed99',
  'sealed100',
  'sealed101',
  'sealed102',
  'sealed103',
  'sealed104',
  'sealed105',
  'sealed92',
  'sealed93',
  'sealed106',
  'sealed107',
  'sealed109',
  'sealed110',
  'sealed111',
  'sealed112',
  'sealed114',
  'sealed115',
  'sealed117',
  'sealed119',
  'sealed120',
  'sealed121',
  'sealed122',
  'sealed123',
  'sealed125',
  'sealed126',
  'sealed127',
  'sealed128',
  'sealed130',
  'sealed131',
  'sealed133',
  'sealed134',
  'sealed135',
  'sealed136',
  'sealed137',
  'sealed139',
  'sealed140',
  'sealed141',
  'sealed142',
  'sealed144',
  'sealed145',
  'sealed147',
  'sealed148',
  'sealed150',
  'sealed152',
  'sealed154',
  'sealed155',
  'sealed156',
  'sealed158',
  'sealed160',
  'sealed161',
  'sealed163',
  'sealed165',
  'sealed167',
  'sealed168',
  'sealed169',
  'sealed171',
  'sealed172',
  'sealed174',
  'sealed175',
  'sealed177',
  'sealed178',
  'sealed180',
  'sealed182',
  'sealed184',
  'sealed186',
  'sealed188',
  'sealed190',
  'sealed192',
  'sealed194',
  'sealed196',
  'sealed198',
  'sealed200',
  'sealed202',
  'sealed204',
  'sealed206',
  'sealed208',
  'sealed210',
  'sealed212',
  'sealed214',
  'sealed216',
  'sealed218',
  'sealed220',
  'sealed222',
  'sealed224',
  'sealed226',
  'sealed228',
  'sealed230',
  'sealed232',
  'sealed234',
  'sealed236',
  'sealed238',
  'sealed240',
  'sealed242',
  'sealed244',
  'sealed246',
  'sealed248',
  'sealed250',
  'sealed252',
  'sealed254',
  'sealed256',
  'sealed258',
  'sealed260',
  'sealed262',
  'sealed264',
  'sealed266',
  'sealed268',
  'sealed270',
  'sealed272',
  'sealed274',
  'sealed276',
  'sealed278',
  'sealed280',
  'sealed282',
  'sealed284',
  'sealed286',
  'sealed288',
  'sealed290',
  'sealed292',
  'sealed294',
  'sealed296',
  'sealed298',
  'sealed300',
  'sealed302',
  'sealed304',
  'sealed306',
  'sealed308',
  'sealed310',
  'sealed312',
  'sealed314',
  'sealed316',
  'sealed318',
  'sealed320',
  'sealed322',
  'sealed324',
  'sealed326',
  'sealed328',
  'sealed330',
  'sealed332',
  'sealed334',
  'sealed336',
  'sealed338',
  'sealed340',
  'sealed342',
  'sealed344',
  'sealed346',
  'sealed348',
  'sealed350',
  'sealed352',
  'sealed354',
  'sealed356',
  'sealed358',
  'sealed360',
  'sealed362',
  'sealed364',
  'sealed366',
  'sealed368',
  'sealed370',
  'sealed372',
  'sealed374',
  'sealed376',
  'sealed378',
  'sealed380',
  'sealed382',
  'sealed384',
  'sealed386',
  'sealed388',
  'sealed390',
  'sealed392',
  'sealed394',
  'sealed396',
  'sealed398',
  'sealed400',
  'sealed402',
  'sealed404',
  'sealed406',
  'sealed408',
  'sealed410',
  'sealed412',
  'sealed414',
  'sealed416',
  'sealed418',
  'sealed420',
  'sealed422',
  'sealed424',
  'sealed426',
  'sealed428',
  'sealed430',
  'sealed432',
  'sealed434',
  'sealed436',
  'sealed438',
  'sealed440',
  'sealed442',
  'sealed444',
  'sealed446',
  'sealed448',
  'sealed450',
  'sealed452',
  'sealed454',
  'sealed456',
  'sealed458',
  'sealed108',
  'sealed113',
  'sealed116',
  'sealed118',
  'sealed124',
  'sealed129',
  'sealed132',
  'sealed138',
  'sealed143',
  'sealed146',
  'sealed149',
  'sealed151',
  'sealed153',
  'sealed157',
  'sealed159',
  'sealed162',
  'sealed164',
  'sealed166',
  'sealed170',
  'sealed173',
  'sealed176',
  'sealed179',
  'sealed181',
  'sealed183',
  'sealed185',
  'sealed187',
  'sealed189',
  'sealed191',
  'sealed193',
  'sealed195',
  'sealed197',
  'sealed199',
  'sealed201',
  'sealed203',
  'sealed205',
  'sealed207',
  'sealed209',
  'sealed211',
  'sealed213',
  'sealed215',
  'sealed217',
  'sealed219',
  'sealed221',
  'sealed223',
  'sealed225',
  'sealed227',
  'sealed229',
  'sealed231',
  'sealed233',
  'sealed235',
  'sealed237',
  'sealed239',
  'sealed241',
  'sealed243',
  'sealed245',
  'sealed247',
  'sealed249',
  'sealed251',
  'sealed253',
  'sealed255',
  'sealed257',
  'sealed259',
  'sealed261',
  'sealed263',
  'sealed265',
  'sealed267',
  'sealed269',
  'sealed271',
  'sealed273',
  'sealed275',
  'sealed277',
  'sealed279',
  'sealed281',
  'sealed283',
  'sealed285',
  'sealed287',
  'sealed289',
  'sealed291',
  'sealed293',
  'sealed295',
  'sealed297',
  'sealed299',
  'sealed301',
  'sealed303',
  'sealed305',
  'sealed307',
  'sealed309',
  'sealed311',
  'sealed313',
  'sealed315',
  'sealed317',
  'sealed319',
  'sealed321',
  'sealed323',
  'sealed325',
  'sealed327',
  'sealed329',
  'sealed331',
  'sealed333',
  'sealed335',
  'sealed337',
  'sealed339',
  'sealed341',
  'sealed343',
  'sealed345',
  'sealed347',
  'sealed349',
  'sealed351',
  'sealed353',
  'sealed355',
  'sealed357',
  'sealed359',
  'sealed361',
  'sealed363',
  'sealed365',
  'sealed367',
  'sealed369',
  'sealed371',
  'sealed373',
  'sealed375',
  'sealed377',
  'sealed379',
  'sealed381',
  'sealed383',
  'sealed385',
  'sealed387',
  'sealed389',
  'sealed391',
  'sealed393',
  'sealed395',
  'sealed397',
  'sealed399',
  'sealed401',
  'sealed403',
  'sealed405',
  'sealed407',
  'sealed409',
  'sealed411',
  'sealed413',
  'sealed415',
  'sealed417',
  'sealed419',
  'sealed421',
  'sealed423',
  'sealed425',
  'sealed427',
  'sealed429',
  'sealed431',
  'sealed433',
  'sealed435',
  'sealed437',
  'sealed439',
  'sealed441',
  'sealed443',
  'sealed445',
  'sealed447',
  'sealed449',
  'sealed451',
  'sealed453',
  'sealed455',
  'sealed457',
  'sealed459',
] as const;
type Half = (typeof HALVES)[number];

export interface UnseenCase {
  half: Half;
  case: DraftCase;
  draft?: string;
  /** `<id>.planted.json`: the draft with inventions planted and facts dropped, for recall. */
  planted?: { draft: string; planted: string[]; dropped: string[] };
}

const PlantedSchema = z.object({
  draft: z.string(),
  planted: z.array(z.string()),
  dropped: z.array(z.string()).default([]),
});

export function loadUnseen(dir = root): UnseenCase[] {
  const out: UnseenCase[] = [];
  for (const half of HALVES) {
    const d = join(dir, half);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      // A file that is no case (a planted copy under another name) is not one of the drafts.
      const parsed = CaseSchema.safeParse(JSON.parse(readFileSync(join(d, f), 'utf8')));
      if (!parsed.success) continue;
      const c = parsed.data as DraftCase;
      const txt = join(d, f.replace(/\.json$/, '.txt'));
      const plantedFile = join(d, f.replace(/\.json$/, '.planted.json'));
      const planted = existsSync(plantedFile)
        ? PlantedSchema.safeParse(JSON.parse(readFileSync(plantedFile, 'utf8')))
        : undefined;
      out.push({
        half,
        case: c,
        ...(existsSync(txt) ? { draft: readFileSync(txt, 'utf8') } : {}),
        ...(planted?.success ? { planted: planted.data } : {}),
      });
    }
  }
  return out;
}

/** False flags per faithful draft, per half; the open half's flags are named. */
export function unseenSuite(dir = root): SuiteResult {
  const cases = loadUnseen(dir).filter((u) => u.draft !== undefined);
  const lines = [
    '## Unseen prose: faithful model drafts of units nobody tuned for (every flag is false)',
    '',
    '| half | drafts | 无出处 | 遗漏 | false flags per draft | recall on planted copies |',
    '|---|---|---|---|---|---|',
  ];
  const named: string[] = [];
  for (const half of HALVES) {
    const mine = cases.filter((u) => u.half === half);
    if (mine.length === 0) continue;
    let untraced = 0;
    let omitted = 0;
    for (const u of mine) {
      const report = checkDraft(u.draft ?? '', caseMaterial(u.case));
      untraced += report.untraced.length;
      omitted += report.omitted.length;
      if (half === 'open') {
        for (const f of report.untraced)
          named.push(`${u.case.id}: 无出处「${f.text}」（${f.clause}）`);
        for (const f of report.omitted)
          named.push(`${u.case.id}: 遗漏「${f.text}」（${f.clause}）`);
      }
    }
    let plantedAll = 0;
    let caught = 0;
    for (const u of mine) {
      if (!u.planted) continue;
      const report = checkDraft(u.planted.draft, caseMaterial(u.case));
      const flagged = report.untraced.map((f) => f.text);
      const omittedTexts = report.omitted.map((f) => f.text);
      for (const p of u.planted.planted) {
        plantedAll++;
        if (flagged.some((f) => overlaps(f, p))) caught++;
        else if (half === 'open') named.push(`${u.case.id}: 未发现编造「${p}」`);
      }
      for (const p of u.planted.dropped) {
        plantedAll++;
        if (omittedTexts.some((f) => reportsDropped(f, p))) caught++;
        else if (half === 'open') named.push(`${u.case.id}: 未发现遗漏「${p}」`);
      }
    }
    const per = mine.length ? ((untraced + omitted) / mine.length).toFixed(2) : '—';
    const recall = plantedAll ? `${caught}/${plantedAll}` : '—';
    lines.push(`| ${half} | ${mine.length} | ${untraced} | ${omitted} | ${per} | ${recall} |`);
  }
  if (named.length) lines.push('', 'open half, flagged:', ...named.map((n) => `  - ${n}`));
  return { lines, failures: [] };
}

function printRequest(file: string) {
  const c = CaseSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) as DraftCase;
  const messages = buildComposeMessages(caseMaterial(c), loadPrompts());
  console.log(JSON.stringify({ case: c.id, messages }, null, 2));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--request');
  if (i >= 0 && process.argv[i + 1]) printRequest(process.argv[i + 1] as string);
  else console.log(unseenSuite().lines.join('\n'));
}

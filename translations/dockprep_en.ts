<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>DockPrep::AnalyzeCommand</name>
    <message numerus="yes">
        <source>(line %1, %n layer(s))</source>
        <translation>
            <numerusform>(line %1, %n layer)</numerusform>
            <numerusform>(line %1, %n layers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockPrep::AnkiDeckDialog</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) and their follow-ups</source>
        <translation>
            <numerusform>%n question and its follow-ups</numerusform>
            <numerusform>%n questions and their follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockPrep::ChallengeChecker</name>
    <message numerus="yes">
        <source>The file has %n stage(s).</source>
        <translation>
            <numerusform>The file has %n stage.</numerusform>
            <numerusform>The file has %n stages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockPrep::ExplainDockerfilePage</name>
    <message numerus="yes">
        <source>%n stage(s), %1 layer(s). Name changed files to see what rebuilds.</source>
        <translation>
            <numerusform>%n stage, %1 layer(s). Name changed files to see what rebuilds.</numerusform>
            <numerusform>%n stages, %1 layer(s). Name changed files to see what rebuilds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) lose their cache.</source>
        <translation>
            <numerusform>%n step loses its cache.</numerusform>
            <numerusform>%n steps lose their cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewSetupPage</name>
    <message numerus="yes">
        <source>%n question(s) due for review</source>
        <translation>
            <numerusform>%n question due for review</numerusform>
            <numerusform>%n questions due for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No review due today; %n question(s) come back later.</source>
        <translation>
            <numerusform>No review due today; %n question comes back later.</numerusform>
            <numerusform>No review due today; %n questions come back later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewSummaryPage</name>
    <message numerus="yes">
        <source>%n answer(s) were not scored and count as 0.</source>
        <translation>
            <numerusform>%n answer was not scored and counts as 0.</numerusform>
            <numerusform>%n answers were not scored and count as 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time ran out on %n question(s): %1 in all.</source>
        <translation>
            <numerusform>Time ran out on %n question: %1 in all.</numerusform>
            <numerusform>Time ran out on %n questions: %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) asked, %1 answered, %2 skipped.</source>
        <translation>
            <numerusform>%n question asked, %1 answered, %2 skipped.</numerusform>
            <numerusform>%n questions asked, %1 answered, %2 skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockPrep::MainWindow</name>
    <message numerus="yes">
        <source>&amp;Interview (%n due)</source>
        <translation>
            <numerusform>&amp;Interview (%n due)</numerusform>
            <numerusform>&amp;Interview (%n due)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) studied</source>
        <translation>
            <numerusform>%1 of %n question studied</numerusform>
            <numerusform>%1 of %n questions studied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockPrep::SearchPopup</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). More than %1 notes match, so the newest of them were ranked: type more to narrow.</source>
        <translation>
            <numerusform>%n result. More than %1 notes match, so the newest of them were ranked: type more to narrow.</numerusform>
            <numerusform>%n results. More than %1 notes match, so the newest of them were ranked: type more to narrow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockPrep::StepBar</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>Exported %n note to %1.</numerusform>
            <numerusform>Exported %n notes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n card(s) to %1.</source>
        <translation>
            <numerusform>Exported %n card to %1.</numerusform>
            <numerusform>Exported %n cards to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n recording(s) of spoken answers are not in the backup; they stay in the data folder.</source>
        <translation>
            <numerusform>The %n recording of a spoken answer is not in the backup; it stays in the data folder.</numerusform>
            <numerusform>The %n recordings of spoken answers are not in the backup; they stay in the data folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n new note</numerusform>
            <numerusform>%n new notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) replaced by a newer copy</source>
        <translation>
            <numerusform>%n note replaced by a newer copy</numerusform>
            <numerusform>%n notes replaced by a newer copy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new bookmark(s)</source>
        <translation>
            <numerusform>%n new bookmark</numerusform>
            <numerusform>%n new bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) with merged progress</source>
        <translation>
            <numerusform>%n question with merged progress</numerusform>
            <numerusform>%n questions with merged progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) here are newer than the backup&apos;s copy and stay as they are.</source>
        <translation>
            <numerusform>%n note here is newer than the backup&apos;s copy and stays as it is.</numerusform>
            <numerusform>%n notes here are newer than the backup&apos;s copy and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview session(s)</source>
        <translation>
            <numerusform>%n interview session</numerusform>
            <numerusform>%n interview sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) in the review schedule</source>
        <translation>
            <numerusform>%n question in the review schedule</numerusform>
            <numerusform>%n questions in the review schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n challenge attempt(s)</source>
        <translation>
            <numerusform>%n challenge attempt</numerusform>
            <numerusform>%n challenge attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>The curriculum in %1 has %n problem(s):
%2</source>
        <translation>
            <numerusform>The curriculum in %1 has %n problem:
%2</numerusform>
            <numerusform>The curriculum in %1 has %n problems:
%2</numerusform>
        </translation>
    </message>
</context>
</TS>

#include "curriculum/contentloader.h"

#include "content/codefence.h"
#include "text/codelanguage.h"
#include "diagrams/diagramcatalog.h"
#include "text/boundedread.h"
#include "interview/keypointmatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace DockPrep {

namespace {

constexpr int maxTitleLength = 60;
constexpr int minKeyPoints = 3;
constexpr int maxKeyPoints = 7;
constexpr int maxTags = 6;
// Marks the next code block as deliberately broken (see content/README.md).
constexpr QLatin1StringView brokenOnPurposeMarker{"<!-- broken-on-purpose -->"};

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Collects errors for one file, turning 0-based YAML marks into 1-based file lines.
class Reporter
{
public:
    Reporter(QString file, QList<ContentError> &errors)
        : m_file(std::move(file))
        , m_errors(errors)
    {
    }
    void error(int line, const QString &message) { m_errors.append({m_file, line, message}); }
    const QString &file() const { return m_file; }

private:
    QString m_file;
    QList<ContentError> &m_errors;
};

std::optional<QString> scalar(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    if (!node || !node.IsScalar())
        return std::nullopt;
    return fromStd(node.Scalar());
}

// A YAML list of scalars; anything else is reported at the key's line.
QStringList stringList(const YAML::Node &map, const char *key, Reporter &report, int lineOffset)
{
    QStringList result;
    const YAML::Node node = map[key];
    if (!node || node.IsNull())
        return result;
    if (!node.IsSequence()) {
        report.error(node.Mark().line + lineOffset, QStringLiteral("'%1' must be a list like [a, b]").arg(QLatin1String(key)));
        return result;
    }
    for (const YAML::Node &item : node) {
        if (!item.IsScalar()) {
            report.error(item.Mark().line + lineOffset, QStringLiteral("'%1' items must be plain words").arg(QLatin1String(key)));
            continue;
        }
        result.append(fromStd(item.Scalar()));
    }
    return result;
}

// Splits the lines of one section into prose runs and fenced code blocks.
class BlockBuilder
{
public:
    explicit BlockBuilder(BlockList &out)
        : m_out(out)
    {
    }
    void prose(const QString &line, int lineNo)
    {
        if (m_out.isEmpty() || m_out.last().kind != ContentBlock::Kind::Prose || m_closedCode) {
            if (line.trimmed().isEmpty())
                return;  // no prose block starts with a blank line
            m_out.append({ContentBlock::Kind::Prose, {}, {}, lineNo});
            m_closedCode = false;
        }
        QString &text = m_out.last().text;
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += line;
    }
    void openCode(const QString &language, int lineNo, bool brokenOnPurpose)
    {
        m_out.append({ContentBlock::Kind::Code, {}, language, lineNo, brokenOnPurpose});
        m_firstCodeLine = true;
    }
    void code(const QString &line)
    {
        QString &text = m_out.last().text;
        if (!m_firstCodeLine)
            text += QLatin1Char('\n');
        text += line;
        m_firstCodeLine = false;
    }
    void closeCode() { m_closedCode = true; }
    void finish()
    {
        for (ContentBlock &block : m_out) {
            if (block.kind == ContentBlock::Kind::Prose)
                block.text = block.text.trimmed();
        }
    }

private:
    BlockList &m_out;
    bool m_firstCodeLine = false;
    bool m_closedCode = false;
};

enum class Section { None, Question, Answer, KeyPoints, FollowUps, WhatChanged };

struct SectionName {
    Section section;
    QLatin1StringView heading;
    bool required;
};
constexpr SectionName sectionOrder[] = {
    {Section::Question, QLatin1StringView("Question"), true},
    {Section::Answer, QLatin1StringView("Answer"), true},
    {Section::KeyPoints, QLatin1StringView("Key points"), true},
    {Section::FollowUps, QLatin1StringView("Follow-ups"), true},
    {Section::WhatChanged, QLatin1StringView("What changed"), false},
};

// The question is kept as one Markdown text, so a code block in it (a challenge's Dockerfile) must
// get its fence back, or it renders as a run-on paragraph.
QString proseText(const BlockList &blocks)
{
    QStringList parts;
    for (const ContentBlock &block : blocks) {
        if (block.kind == ContentBlock::Kind::Code)
            parts.append(fenceAround(block.text) + block.language + QLatin1Char('\n') + block.text + QLatin1Char('\n') + fenceAround(block.text));
        else
            parts.append(block.text);
    }
    return parts.join(QLatin1String("\n\n"));
}

} // namespace

ContentLoader::ContentLoader(QSet<QString> diagramLinks)
    : m_diagramLinks(std::move(diagramLinks))
{
}

Entry ContentLoader::parseEntry(const QString &fileName, const QByteArray &data, const QSet<QString> &chapterIds,
                                const QSet<QString> &diagramLinks, QList<ContentError> &errors)
{
    Reporter report(fileName, errors);
    Entry entry;
    entry.sourceFile = fileName;

    // Editors on Windows often start a file with a byte order mark; it is not part of the text.
    const QByteArray utf8 = data.startsWith("\xef\xbb\xbf") ? data.mid(3) : data;
    const QString text = QString::fromUtf8(utf8);
    if (text.toUtf8() != utf8) {
        report.error(1, QStringLiteral("the file is not valid UTF-8"));
        return entry;
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }

    // ---- front matter
    if (lines.isEmpty() || lines.first() != QLatin1String("---")) {
        report.error(1, QStringLiteral("the file must start with a '---' front matter block"));
        return entry;
    }
    const qsizetype end = lines.indexOf(QStringLiteral("---"), 1);
    if (end < 0) {
        report.error(1, QStringLiteral("the front matter block opened here is never closed with '---'"));
        return entry;
    }
    const int offset = 2;  // YAML line 0 is file line 2
    YAML::Node fm;
    try {
        fm = YAML::Load(lines.mid(1, end - 1).join(QLatin1Char('\n')).toStdString());
    } catch (const YAML::Exception &e) {
        report.error(e.mark.line + offset, QStringLiteral("front matter: %1").arg(fromStd(e.msg)));
        return entry;
    }
    if (!fm.IsMap()) {
        report.error(offset, QStringLiteral("the front matter must be 'key: value' lines"));
        return entry;
    }
    auto keyLine = [&](const char *key) {
        const YAML::Node node = fm[key];
        return node ? node.Mark().line + offset : offset;
    };
    static const QSet<QString> knownKeys = {
        QStringLiteral("id"), QStringLiteral("chapter"), QStringLiteral("level"), QStringLiteral("title"),
        QStringLiteral("tags"), QStringLiteral("related"), QStringLiteral("diagrams"), QStringLiteral("seed")};
    QSet<QString> seenKeys;  // yaml-cpp silently keeps one of two equal keys
    for (const auto &pair : fm) {
        const QString key = pair.first.IsScalar() ? fromStd(pair.first.Scalar()) : QString();
        if (!knownKeys.contains(key))
            report.error(pair.first.Mark().line + offset, QStringLiteral("unknown front matter key '%1'").arg(key));
        else if (seenKeys.contains(key))
            report.error(pair.first.Mark().line + offset, QStringLiteral("duplicate front matter key '%1'").arg(key));
        seenKeys.insert(key);
    }

    const QString stem = QFileInfo(fileName).completeBaseName();
    entry.id = scalar(fm, "id").value_or(QString());
    if (entry.id.isEmpty())
        report.error(offset, QStringLiteral("missing 'id'"));
    else if (entry.id != stem)
        report.error(keyLine("id"), QStringLiteral("id '%1' differs from the file name '%2.md'").arg(entry.id, stem));

    entry.chapterId = scalar(fm, "chapter").value_or(QString());
    if (!chapterIds.contains(entry.chapterId))
        report.error(keyLine("chapter"), QStringLiteral("unknown chapter '%1' (see chapters.yaml)").arg(entry.chapterId));

    const QString level = scalar(fm, "level").value_or(QString());
    if (auto parsed = levelFromId(level))
        entry.level = *parsed;
    else
        report.error(keyLine("level"), QStringLiteral("unknown level '%1' (junior, mid, senior or principal)").arg(level));

    entry.title = scalar(fm, "title").value_or(QString()).trimmed();
    if (entry.title.isEmpty() || entry.title.size() > maxTitleLength)
        report.error(keyLine("title"), QStringLiteral("'title' must be 1 to %1 characters").arg(maxTitleLength));

    entry.tags = stringList(fm, "tags", report, offset);
    if (entry.tags.isEmpty() || entry.tags.size() > maxTags)
        report.error(keyLine("tags"), QStringLiteral("'tags' needs 1 to %1 tags").arg(maxTags));
    entry.related = stringList(fm, "related", report, offset);
    entry.diagrams = stringList(fm, "diagrams", report, offset);
    for (const QString &link : std::as_const(entry.diagrams)) {
        if (!diagramLinks.contains(link))
            report.error(keyLine("diagrams"), QStringLiteral("unknown diagram link '%1'").arg(link));
    }
    entry.seed = scalar(fm, "seed").value_or(QString());

    // ---- body
    Section current = Section::None;
    int nextSectionIndex = 0;
    BlockList question;
    BlockList *target = nullptr;
    std::optional<BlockBuilder> builder;
    struct OpenFence {
        CodeFence fence;
        int line;
    };
    std::optional<OpenFence> openFence;
    int markerLine = 0;  // the line of the last broken-on-purpose marker
    bool sawFollowUp = false;
    int keyPointsLine = 0;
    int followUpsLine = 0;
    static const QRegularExpression keyPointRe(QStringLiteral(R"(^[-*] (.+?)\s*\[match:\s*([^\]]+)\]\s*$)"));

    auto startBlocks = [&](BlockList *list) {
        if (builder)
            builder->finish();
        target = list;
        builder.emplace(*list);
    };

    for (qsizetype i = end + 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int lineNo = int(i) + 1;

        // A fence of the other kind, or a shorter one, inside a code block is code (CommonMark).
        const std::optional<CodeFence> fence = codeFenceAt(line);
        if (fence && (!openFence || openFence->fence.closedBy(*fence))) {
            if (!target) {
                report.error(lineNo, QStringLiteral("code block outside the Question, Answer, Follow-ups or What changed sections"));
                continue;
            }
            if (openFence) {
                if (!fence->info.isEmpty())
                    report.error(lineNo, QStringLiteral("a closing fence takes no language"));
                builder->closeCode();
                openFence.reset();
                continue;
            }
            const QString &info = fence->info;
            const QString language = canonicalCodeLanguage(info);
            if (info.isEmpty())
                report.error(lineNo, QStringLiteral("code block without a language"));
            else if (language.isEmpty())
                report.error(lineNo, QStringLiteral("unknown code block language '%1'").arg(info));
            builder->openCode(language.isEmpty() ? QStringLiteral("text") : language, lineNo, markerLine == lineNo - 1);
            openFence = OpenFence{*fence, lineNo};
            continue;
        }
        if (openFence) {
            builder->code(line);
            continue;
        }
        // The marker is for tools, not readers (the reader shows raw HTML as text), so it never
        // reaches the prose; it must sit on the line right before a fence or it marks nothing.
        if (line.trimmed() == brokenOnPurposeMarker) {
            if (!codeFenceAt(lines.value(i + 1)))
                report.error(lineNo, QStringLiteral("%1 must be on the line right before a code block").arg(brokenOnPurposeMarker));
            markerLine = lineNo;
            continue;
        }

        if (line.startsWith(QLatin1String("## "))) {
            const QString heading = line.mid(3).trimmed();
            int index = -1;
            for (int s = 0; s < int(std::size(sectionOrder)); ++s) {
                if (heading == sectionOrder[s].heading)
                    index = s;
            }
            if (index < 0) {
                report.error(lineNo, QStringLiteral("unknown section '%1'").arg(heading));
                continue;
            }
            if (index < nextSectionIndex) {
                report.error(lineNo, QStringLiteral("section '%1' is repeated or out of order").arg(heading));
                continue;
            }
            for (int s = nextSectionIndex; s < index; ++s) {
                if (sectionOrder[s].required)
                    report.error(lineNo, QStringLiteral("missing section '## %1' before '## %2'").arg(sectionOrder[s].heading, heading));
            }
            nextSectionIndex = index + 1;
            current = sectionOrder[index].section;
            if (current == Section::KeyPoints)
                keyPointsLine = lineNo;
            if (current == Section::FollowUps)
                followUpsLine = lineNo;
            switch (current) {
            case Section::Question: startBlocks(&question); break;
            case Section::Answer: startBlocks(&entry.answer); break;
            case Section::WhatChanged: startBlocks(&entry.whatChanged); break;
            case Section::KeyPoints:
            case Section::FollowUps:
            case Section::None:
                if (builder)
                    builder->finish();
                builder.reset();
                target = nullptr;
                break;
            }
            continue;
        }

        switch (current) {
        case Section::None:
            if (!line.trimmed().isEmpty())
                report.error(lineNo, QStringLiteral("text before the first section ('## Question')"));
            break;
        case Section::KeyPoints: {
            if (line.trimmed().isEmpty())
                break;
            const auto match = keyPointRe.match(line);
            if (!match.hasMatch()) {
                report.error(lineNo, line.startsWith(QLatin1String("- "))
                                         ? QStringLiteral("key point without '[match: …]' terms")
                                         : QStringLiteral("only '- ' bullets belong in Key points"));
                break;
            }
            KeyPoint point{match.captured(1).trimmed(), {}};
            for (const QString &term : match.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!term.trimmed().isEmpty())
                    point.matchTerms.append(term.trimmed().toLower());
            }
            if (point.matchTerms.isEmpty())
                report.error(lineNo, QStringLiteral("'[match: …]' lists no terms"));
            else if (std::all_of(point.matchTerms.cbegin(), point.matchTerms.cend(), &KeyPointMatcher::isGenericTerm))
                // Generic terms never tick a point alone, so this point could never be pre-ticked.
                report.error(lineNo, QStringLiteral("every '[match: …]' term is too general to show this key point "
                                                    "(%1): add a specific term").arg(point.matchTerms.join(QStringLiteral(", "))));
            entry.keyPoints.append(point);
            break;
        }
        case Section::FollowUps:
            if (line.startsWith(QLatin1String("### "))) {
                // The builder refers into entry.followUps, which the append may reallocate:
                // finish the previous answer first (found by fuzz_contentloader).
                if (builder)
                    builder->finish();
                builder.reset();
                entry.followUps.append({line.mid(4).trimmed(), {}});
                startBlocks(&entry.followUps.last().answer);
                sawFollowUp = true;
            } else if (!sawFollowUp && !line.trimmed().isEmpty()) {
                report.error(lineNo, QStringLiteral("each follow-up starts with a '### question' heading"));
            } else if (builder) {
                builder->prose(line, lineNo);
            }
            break;
        case Section::Question:
        case Section::Answer:
        case Section::WhatChanged:
            builder->prose(line, lineNo);
            break;
        }
    }
    if (builder)
        builder->finish();
    const int lastLine = int(lines.size());
    if (openFence)
        report.error(openFence->line, QStringLiteral("code block opened here is never closed"));
    for (int s = nextSectionIndex; s < int(std::size(sectionOrder)); ++s) {
        if (sectionOrder[s].required)
            report.error(lastLine, QStringLiteral("missing section '## %1'").arg(sectionOrder[s].heading));
    }

    entry.question = proseText(question);
    if (nextSectionIndex > 0 && entry.question.isEmpty())
        report.error(int(end) + 2, QStringLiteral("the Question section is empty"));
    if (nextSectionIndex > 1 && entry.answer.isEmpty())
        report.error(lastLine, QStringLiteral("the Answer section is empty"));
    if (nextSectionIndex > 2 && (entry.keyPoints.size() < minKeyPoints || entry.keyPoints.size() > maxKeyPoints))
        report.error(keyPointsLine, QStringLiteral("%1 key points; %2 to %3 are needed")
                                   .arg(entry.keyPoints.size()).arg(minKeyPoints).arg(maxKeyPoints));
    if (nextSectionIndex > 3 && entry.followUps.isEmpty())
        report.error(followUpsLine, QStringLiteral("no follow-up: add at least one '### question' with its answer"));
    for (const FollowUp &followUp : std::as_const(entry.followUps)) {
        if (followUp.answer.isEmpty())
            report.error(lastLine, QStringLiteral("follow-up '%1' has no answer").arg(followUp.question));
    }
    return entry;
}

ContentLoadResult ContentLoader::load(const QString &folder) const
{
    ContentLoadResult result;
    QList<ContentError> &errors = result.errors;
    const QDir dir(folder);

    // ---- chapters
    const QString chaptersFile = dir.filePath(QStringLiteral("chapters.yaml"));
    const BoundedRead chaptersRead = readBoundedFile(chaptersFile, InputLimit::contentFileBytes);
    if (!chaptersRead.ok()) {
        errors.append({chaptersFile, 0, chaptersRead.message(QStringLiteral("chapters.yaml"))});
        return result;
    }
    QList<Chapter> chapters;
    QSet<QString> chapterIds;
    try {
        const YAML::Node root = YAML::Load(chaptersRead.data.toStdString());
        if (!root.IsSequence())
            errors.append({chaptersFile, 1, QStringLiteral("expected a list of chapters")});
        for (const YAML::Node &node : root) {
            Chapter chapter;
            if (node.IsMap()) {
                chapter.id = scalar(node, "id").value_or(QString());
                chapter.title = scalar(node, "title").value_or(QString());
                chapter.summary = scalar(node, "summary").value_or(QString());
            }
            if (chapter.id.isEmpty() || chapter.title.isEmpty()) {
                errors.append({chaptersFile, node.Mark().line + 1, QStringLiteral("a chapter needs an id and a title")});
                continue;
            }
            if (chapterIds.contains(chapter.id))
                errors.append({chaptersFile, node.Mark().line + 1, QStringLiteral("duplicate chapter '%1'").arg(chapter.id)});
            chapterIds.insert(chapter.id);
            chapters.append(chapter);
        }
    } catch (const YAML::Exception &e) {
        errors.append({chaptersFile, e.mark.line + 1, fromStd(e.msg)});
        return result;
    }

    // ---- questions
    QList<Entry> entries;
    QHash<QString, QString> idToFile;
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &sub : folders) {
        const QDir chapterDir(dir.filePath(sub));
        // content/challenges holds the hands-on challenges, loaded by challenges/challengeloader.
        if (sub == QLatin1String("challenges"))
            continue;
        if (!chapterIds.contains(sub)) {
            errors.append({chapterDir.path(), 0, QStringLiteral("folder '%1' is not a chapter in chapters.yaml").arg(sub)});
            continue;
        }
        for (const QString &name : chapterDir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            const QString path = chapterDir.filePath(name);
            const BoundedRead md = readBoundedFile(path, InputLimit::contentFileBytes);
            if (!md.ok()) {
                errors.append({path, 0, md.message(name)});
                continue;
            }
            Entry entry = parseEntry(path, md.data, chapterIds, m_diagramLinks, errors);
            if (!entry.chapterId.isEmpty() && entry.chapterId != sub)
                errors.append({path, 2, QStringLiteral("chapter '%1' but the file is in folder '%2'").arg(entry.chapterId, sub)});
            if (!entry.id.isEmpty()) {
                if (idToFile.contains(entry.id))
                    errors.append({path, 2, QStringLiteral("duplicate id '%1' (also in %2)").arg(entry.id, idToFile.value(entry.id))});
                idToFile.insert(entry.id, path);
            }
            entries.append(std::move(entry));  // kept for the cross-file checks even when broken
        }
    }
    for (const Entry &entry : std::as_const(entries)) {
        for (const QString &id : entry.related) {
            if (!idToFile.contains(id))
                errors.append({entry.sourceFile, 2, QStringLiteral("related entry '%1' does not exist").arg(id)});
        }
    }
    if (errors.isEmpty())
        result.curriculum = Curriculum(std::move(chapters), std::move(entries));
    return result;
}

ContentLoadResult loadCurriculum(const QString &contentFolder, const QString &diagramCatalogFile)
{
    ContentError catalogError;
    const DiagramCatalog catalog = DiagramCatalog::load(diagramCatalogFile, &catalogError);
    return loadCurriculum(contentFolder, catalog, catalogError);
}

ContentLoadResult loadCurriculum(const QString &contentFolder, const DiagramCatalog &catalog, const ContentError &catalogError)
{
    if (!catalogError.message.isEmpty()) {
        ContentLoadResult result;
        result.errors.append(catalogError);
        return result;
    }
    return ContentLoader(catalog.links()).load(contentFolder);
}

} // namespace DockPrep

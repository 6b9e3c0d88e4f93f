#include "analyzers/composeyaml.h"

#include "text/boundedread.h"

#include <QCoreApplication>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>

#include <algorithm>
#include <sstream>
#include <unordered_map>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

namespace DockPrep::ComposeYaml {

namespace {

// Merge chains longer than this are almost certainly a mistake; stopping keeps a hostile file
// from recursing without end.
constexpr int maxMergeDepth = 32;

bool isMergeKey(const YAML::Node &key)
{
    // A quoted "<<" is an ordinary string key; only the plain one (tag "?") merges.
    return key.IsScalar() && key.Scalar() == "<<" && key.Tag() == "?";
}

void collect(const YAML::Node &mapping, std::vector<Entry> &out, QSet<QString> &seen, int depth)
{
    if (!mapping.IsMap() || depth > maxMergeDepth)
        return;
    std::vector<YAML::Node> merged;
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (isMergeKey(it->first)) {
            merged.push_back(it->second);
            continue;
        }
        if (!it->first.IsScalar())
            continue;
        const QString key = QString::fromStdString(it->first.Scalar());
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.push_back({key, it->first, it->second});
    }
    for (const YAML::Node &source : merged) {
        if (source.IsMap()) {
            collect(source, out, seen, depth + 1);
        } else if (source.IsSequence()) {
            for (const YAML::Node &item : source)
                collect(item, out, seen, depth + 1);
        }
    }
}

QVariant convert(const YAML::Node &node, int depth)
{
    if (depth > maxMergeDepth || !node.IsDefined() || node.IsNull())
        return {};
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    if (node.IsSequence()) {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(convert(item, depth + 1));
        return list;
    }
    QVariantMap map;
    for (const Entry &entry : entries(node))
        map.insert(entry.key, convert(entry.value, depth + 1));
    return map;
}

} // namespace

Position positionOf(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return {};
    return {mark.line + 1, mark.column + 1};
}

std::vector<Entry> entries(const YAML::Node &mapping)
{
    std::vector<Entry> out;
    QSet<QString> seen;
    collect(mapping, out, seen, 0);
    return out;
}

std::optional<Entry> find(const std::vector<Entry> &entries, const QString &key)
{
    for (const Entry &entry : entries) {
        if (entry.key == key)
            return entry;
    }
    return std::nullopt;
}

QString scalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

bool isTrue(const YAML::Node &node)
{
    const QString value = scalar(node).toLower();
    return value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("on");
}

QVariant toVariant(const YAML::Node &node)
{
    return convert(node, 0);
}

} // namespace DockPrep::ComposeYaml

namespace DockPrep::ComposeYaml {

namespace {

struct LimitTr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ComposeYaml)
};

// Thrown out of the parser to stop it at the first node over a limit.
struct LimitHit {
    Refusal refusal;
};

Position markPosition(const YAML::Mark &mark)
{
    return mark.is_null() ? Position{1, 1} : Position{mark.line + 1, mark.column + 1};
}

class NodeCounter final : public YAML::EventHandler
{
public:
    explicit NodeCounter(qint64 limit)
        : m_limit(limit)
    {
    }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &) override
    {
        leaf(mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto size = m_sizes.find(anchor);
        if (size == m_sizes.end()) {
            // Its node has started but not ended: the alias is inside what it names.
            if (std::find(m_open.cbegin(), m_open.cend(), anchor) != m_open.cend()) {
                throw LimitHit{{LimitTr::tr("the alias at line %1 is inside the node its anchor names (an endless cycle): refusing")
                                    .arg(mark.line + 1),
                                markPosition(mark)}};
            }
            add(mark, 1);  // an unknown anchor: YAML::Load reports it
            return;
        }
        m_expanded = true;
        add(mark, size->second);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    void add(const YAML::Mark &mark, qint64 nodes)
    {
        // Counts never pass the limit, so adding an anchor's size cannot overflow.
        if (nodes > m_limit - m_count) {
            throw LimitHit{{m_expanded ? LimitTr::tr("more than %L1 YAML nodes after expanding aliases (limit): refusing").arg(m_limit)
                                       : LimitTr::tr("more than %L1 YAML nodes (limit): refusing").arg(m_limit),
                            markPosition(mark)}};
        }
        m_count += nodes;
    }
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        add(mark, 1);
        if (anchor != YAML::NullAnchor)
            m_sizes[anchor] = 1;
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        m_stack.push_back({anchor, m_count});
        if (anchor != YAML::NullAnchor)
            m_open.push_back(anchor);
        add(mark, 1);
    }
    void close()
    {
        if (m_stack.empty())
            return;
        const auto [anchor, start] = m_stack.back();
        m_stack.pop_back();
        if (anchor != YAML::NullAnchor) {
            m_sizes[anchor] = m_count - start;
            m_open.erase(std::find(m_open.begin(), m_open.end(), anchor));
        }
    }

    qint64 m_limit;
    qint64 m_count = 0;
    bool m_expanded = false;
    std::vector<std::pair<YAML::anchor_t, qint64>> m_stack;
    std::vector<YAML::anchor_t> m_open;
    std::unordered_map<YAML::anchor_t, qint64> m_sizes;
};

} // namespace

std::optional<Refusal> checkLimits(const std::string &utf8, qint64 maxBytes, qint64 maxNodes)
{
    if (qint64(utf8.size()) > maxBytes) {
        return Refusal{LimitTr::tr("more than %1 (limit): refusing").arg(limitText(maxBytes)),
                       {1, 1}};
    }
    std::istringstream in(utf8);
    NodeCounter counter(maxNodes);
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(counter);  // YAML::Load reads the first document only
    } catch (const LimitHit &hit) {
        return hit.refusal;
    } catch (const YAML::Exception &) {
        // Not YAML: the load that follows says where, as it always did.
    }
    return std::nullopt;
}

} // namespace DockPrep::ComposeYaml

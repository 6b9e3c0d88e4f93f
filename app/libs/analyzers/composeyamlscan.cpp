#include "analyzers/composeyamlscan.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <sstream>

namespace DockPrep::ComposeYaml {

namespace {

// Where a quoted scalar starting at `pos` closes, or npos when it runs to the end of the text.
std::size_t closingQuote(const std::string &text, std::size_t pos)
{
    const char quote = text[pos];
    for (std::size_t i = pos + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;  // an escape: the next character is never the closing quote
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
                ++i;  // '' is a quote inside a single-quoted scalar
            else
                return i;
        }
    }
    return std::string::npos;
}

class Scanner final : public YAML::EventHandler
{
public:
    explicit Scanner(const std::string &text)
        : m_text(text)
    {
    }
    std::vector<ScanProblem> problems;

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { node(); }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { node(); }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t, const std::string &value) override
    {
        if (!mark.is_null() && mark.pos >= 0 && std::size_t(mark.pos) < m_text.size()) {
            const char first = m_text[std::size_t(mark.pos)];
            if ((first == '"' || first == '\'') && closingQuote(m_text, std::size_t(mark.pos)) == std::string::npos)
                problems.push_back({ScanProblem::Kind::UnterminatedQuote, {}, mark.line + 1, mark.column + 1, 0});
        }
        if (isKey()) {
            // A plain << is a merge key (several are allowed); only the key's text counts, so
            // "a" and a are the same key, as YAML has it.
            if (!(tag == "?" && value == "<<")) {
                auto &keys = m_frames.back().keys;
                if (const auto seen = keys.find(value); seen != keys.end())
                    problems.push_back({ScanProblem::Kind::DuplicateKey, value, mark.line + 1, mark.column + 1, seen->second});
                else
                    keys.emplace(value, mark.line + 1);
            }
        }
        node();
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        node();
        m_frames.push_back({false, true, {}});
    }
    void OnSequenceEnd() override { m_frames.pop_back(); }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        node();
        m_frames.push_back({true, true, {}});
    }
    void OnMapEnd() override { m_frames.pop_back(); }

private:
    struct Frame {
        bool mapping;
        bool expectingKey;  // in a mapping, nodes alternate: key, value, key…
        std::map<std::string, int> keys;  // scalar keys seen so far, with their line
    };
    bool isKey() const { return !m_frames.empty() && m_frames.back().mapping && m_frames.back().expectingKey; }
    // Every node, whatever its kind, takes the next key or value place of the mapping it is in.
    void node()
    {
        if (!m_frames.empty() && m_frames.back().mapping)
            m_frames.back().expectingKey = !m_frames.back().expectingKey;
    }

    const std::string &m_text;
    std::vector<Frame> m_frames;
};

} // namespace

std::vector<ScanProblem> scanForProblems(const std::string &text)
{
    std::istringstream in(text);
    Scanner scanner(text);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(scanner)) {
        }
    } catch (const YAML::Exception &) {
        return {};  // not YAML at all: the reading reports it, with its position
    }
    return std::move(scanner.problems);
}

} // namespace DockPrep::ComposeYaml

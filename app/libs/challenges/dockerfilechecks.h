#pragma once

#include "analyzers/buildstages.h"
#include "analyzers/dockerfileparser.h"
#include "challenges/checkkind.h"

namespace DockPrep {

// A Dockerfile parsed once, with its stage graph, and the check kinds that run on it. All but
// `pattern` look at the stages, and fail at once on a file that has none.
class DockerfileChecks
{
public:
    explicit DockerfileChecks(const QString &text);

    CheckOutcome parses() const;  // "The Dockerfile parses", or the first error BuildKit would give
    static std::span<const CheckKind<DockerfileChecks>> kinds();

private:
    template <CheckOutcome (DockerfileChecks::*check)(const ChallengeCheck &) const>
    CheckOutcome staged(const ChallengeCheck &c) const
    {
        return m_graph.stages.isEmpty() || m_graph.target < 0 ? needsStage(c) : (this->*check)(c);
    }
    CheckOutcome needsStage(const ChallengeCheck &check) const;

    CheckOutcome pattern(const ChallengeCheck &check) const;
    CheckOutcome minStages(const ChallengeCheck &check) const;
    CheckOutcome finalBase(const ChallengeCheck &check) const;
    CheckOutcome finalUser(const ChallengeCheck &check) const;
    CheckOutcome execForm(const ChallengeCheck &check) const;
    CheckOutcome instruction(const ChallengeCheck &check) const;
    CheckOutcome healthcheck(const ChallengeCheck &check, bool wanted) const;
    CheckOutcome runMount(const ChallengeCheck &check) const;
    CheckOutcome noSecretVariables(const ChallengeCheck &check) const;
    CheckOutcome secretNotWritten(const ChallengeCheck &check) const;
    CheckOutcome aptCombined(const ChallengeCheck &check) const;
    CheckOutcome cacheKeeps(const ChallengeCheck &check) const;

    const Instruction &at(int index) const { return m_file.instructions.at(index); }
    int targetFromLine() const { return at(m_graph.stages.at(m_graph.target).fromInstruction).firstLine; }
    // Instructions of the stages whose files and settings make up the final image, in build order.
    QList<int> imageInstructions() const;
    // The image the final stage is ultimately built on (following FROM <stage>).
    const BuildStage &rootOfTarget() const;

    ParsedDockerfile m_file;
    BuildGraph m_graph;
    QString m_code;  // the instructions' lines without comments, for `pattern`
};

} // namespace DockPrep

#include "interview/keypointvocabulary.h"

namespace DockPrep::KeyPointMatching {

const QList<QStringList> &synonymGroups()
{
    static const QList<QStringList> groups{
        {QStringLiteral("kubernetes"), QStringLiteral("k8s")},
        {QStringLiteral("copy on write"), QStringLiteral("cow")},
        {QStringLiteral("copy up"), QStringLiteral("copied up")},
        {QStringLiteral("out of memory"), QStringLiteral("oom")},
        {QStringLiteral("environment variable"), QStringLiteral("env var")},
        {QStringLiteral("read only"), QStringLiteral("readonly")},
        {QStringLiteral("multi stage"), QStringLiteral("multistage")},
        {QStringLiteral("database"), QStringLiteral("db")},
        {QStringLiteral("configuration"), QStringLiteral("config")},
        {QStringLiteral("container runtime interface"), QStringLiteral("cri")},
        {QStringLiteral("open container initiative"), QStringLiteral("oci")},
        {QStringLiteral("software bill of materials"), QStringLiteral("sbom")},
        {QStringLiteral("continuous integration"), QStringLiteral("ci")},
        {QStringLiteral("least privilege"), QStringLiteral("minimal privilege")},
        {QStringLiteral("rootless"), QStringLiteral("non root"), QStringLiteral("unprivileged user")},
        {QStringLiteral("docker compose"), QStringLiteral("compose")},
        {QStringLiteral("health check"), QStringLiteral("healthcheck")},
        {QStringLiteral("namespace"), QStringLiteral("ns")},
    };
    return groups;
}

const QStringList &genericWordList()
{
    static const QStringList list{
        QStringLiteral("oom"), QStringLiteral("leak"), QStringLiteral("security"), QStringLiteral("secure"),
        QStringLiteral("performance"), QStringLiteral("memory"), QStringLiteral("cpu"), QStringLiteral("network"),
        QStringLiteral("networking"), QStringLiteral("disk"), QStringLiteral("storage"), QStringLiteral("container"),
        QStringLiteral("image"), QStringLiteral("docker"), QStringLiteral("kubernetes"), QStringLiteral("k8s"),
        QStringLiteral("host"), QStringLiteral("kernel"), QStringLiteral("process"), QStringLiteral("service"),
        QStringLiteral("app"), QStringLiteral("application"), QStringLiteral("data"), QStringLiteral("file"),
        QStringLiteral("config"), QStringLiteral("configuration"), QStringLiteral("log"), QStringLiteral("logging"),
        QStringLiteral("production"), QStringLiteral("prod"), QStringLiteral("cloud"), QStringLiteral("devops"),
        QStringLiteral("microservice"), QStringLiteral("simple"), QStringLiteral("fast"), QStringLiteral("slow"),
        QStringLiteral("small"), QStringLiteral("large"), QStringLiteral("scale"), QStringLiteral("test"),
        QStringLiteral("tested"), QStringLiteral("measure"), QStringLiteral("metrics"), QStringLiteral("monitoring"),
        QStringLiteral("issue"), QStringLiteral("problem"), QStringLiteral("error"), QStringLiteral("fix"),
        QStringLiteral("system"), QStringLiteral("server"), QStringLiteral("tool"), QStringLiteral("build"),
        QStringLiteral("deploy"), QStringLiteral("deployment"), QStringLiteral("run"), QStringLiteral("root"),
        QStringLiteral("user"), QStringLiteral("port"), QStringLiteral("layer"), QStringLiteral("volume"),
        QStringLiteral("cache"), QStringLiteral("default"), QStringLiteral("limit"), QStringLiteral("resource"),
        QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("secret"), QStringLiteral("key"),
        QStringLiteral("time"), QStringLiteral("size"), QStringLiteral("version"), QStringLiteral("update"),
        QStringLiteral("safe"), QStringLiteral("risk"), QStringLiteral("access"), QStringLiteral("shared"),
        QStringLiteral("isolation"), QStringLiteral("best"), QStringLiteral("practice"),
    };
    return list;
}

const QStringList &genericPhraseList()
{
    static const QStringList list{
        QStringLiteral("out of memory"), QStringLiteral("host memory"), QStringLiteral("memory leak"),
        QStringLiteral("memory usage"), QStringLiteral("best practice"), QStringLiteral("docker image"),
        QStringLiteral("docker container"), QStringLiteral("container image"),
    };
    return list;
}

const QSet<QString> &functionWords()
{
    static const QSet<QString> set{
        QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"), QStringLiteral("i"), QStringLiteral("we"),
        QStringLiteral("you"), QStringLiteral("they"), QStringLiteral("it"), QStringLiteral("he"), QStringLiteral("she"),
        QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("these"), QStringLiteral("those"),
        QStringLiteral("there"), QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("was"), QStringLiteral("were"),
        QStringLiteral("be"), QStringLiteral("been"), QStringLiteral("am"), QStringLiteral("do"), QStringLiteral("does"),
        QStringLiteral("did"), QStringLiteral("have"), QStringLiteral("has"), QStringLiteral("had"), QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("should"), QStringLiteral("could"), QStringLiteral("can"),
        QStringLiteral("may"), QStringLiteral("might"), QStringLiteral("must"), QStringLiteral("to"), QStringLiteral("of"),
        QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("for"), QStringLiteral("with"),
        QStringLiteral("by"), QStringLiteral("from"), QStringLiteral("into"), QStringLiteral("about"), QStringLiteral("as"),
        QStringLiteral("if"), QStringLiteral("when"), QStringLiteral("then"), QStringLiteral("than"), QStringLiteral("so"),
        QStringLiteral("because"), QStringLiteral("which"), QStringLiteral("who"), QStringLiteral("what"),
        QStringLiteral("how"), QStringLiteral("why"), QStringLiteral("where"), QStringLiteral("my"), QStringLiteral("our"),
        QStringLiteral("your"), QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("them"),
        QStringLiteral("each"), QStringLiteral("every"), QStringLiteral("all"), QStringLiteral("any"),
        QStringLiteral("some"), QStringLiteral("also"), QStringLiteral("not"), QStringLiteral("no"), QStringLiteral("only"),
        QStringLiteral("just"), QStringLiteral("use"), QStringLiteral("using"), QStringLiteral("make"),
        QStringLiteral("need"), QStringLiteral("needs"), QStringLiteral("get"), QStringLiteral("gets"),
        QStringLiteral("keep"), QStringLiteral("d"), QStringLiteral("ll"), QStringLiteral("ve"), QStringLiteral("re"),
        QStringLiteral("s"), QStringLiteral("t"), QStringLiteral("m"), QStringLiteral("via"), QStringLiteral("per"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("until"), QStringLiteral("without"),
        QStringLiteral("but"), QStringLiteral("very"), QStringLiteral("more"), QStringLiteral("one"),
        QStringLiteral("out"), QStringLiteral("up"), QStringLiteral("never"), QStringLiteral("me"), QStringLiteral("us"),
    };
    return set;
}

const QSet<QString> &negatorWords()
{
    static const QSet<QString> set{
        QStringLiteral("not"), QStringLiteral("never"), QStringLiteral("no"), QStringLiteral("without"),
        QStringLiteral("cannot"), QStringLiteral("nor"), QStringLiteral("neither"), QStringLiteral("avoid"),
        QStringLiteral("avoids"), QStringLiteral("avoided"), QStringLiteral("avoiding"), QStringLiteral("skip"),
        QStringLiteral("skips"), QStringLiteral("skipped"), QStringLiteral("skipping"), QStringLiteral("dont"),
        QStringLiteral("doesnt"), QStringLiteral("didnt"), QStringLiteral("isnt"), QStringLiteral("arent"),
        QStringLiteral("wasnt"), QStringLiteral("werent"), QStringLiteral("wont"), QStringLiteral("wouldnt"),
        QStringLiteral("shouldnt"), QStringLiteral("cant"), QStringLiteral("couldnt"), QStringLiteral("hasnt"),
        QStringLiteral("havent"), QStringLiteral("lack"), QStringLiteral("lacks"), QStringLiteral("lacking"),
        QStringLiteral("nothing"),
    };
    return set;
}

const QSet<QString> &scopeEnders()
{
    static const QSet<QString> set{
        QStringLiteral("but"), QStringLiteral("however"), QStringLiteral("although"), QStringLiteral("though"),
        QStringLiteral("whereas"), QStringLiteral("except"), QStringLiteral("because"), QStringLiteral("since"),
        QStringLiteral("while"), QStringLiteral("unless"), QStringLiteral("then"), QStringLiteral("so"),
        QStringLiteral("instead"),
    };
    return set;
}

const QSet<QString> &pronouns()
{
    static const QSet<QString> set{
        QStringLiteral("i"), QStringLiteral("we"), QStringLiteral("you"), QStringLiteral("they"), QStringLiteral("it"),
        QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("this"), QStringLiteral("there"),
    };
    return set;
}

const QSet<QString> &dismissiveWords()
{
    static const QSet<QString> set{
        QStringLiteral("unnecessary"), QStringLiteral("overkill"), QStringLiteral("pointless"),
        QStringLiteral("irrelevant"), QStringLiteral("useless"), QStringLiteral("overrated"),
        QStringLiteral("needless"),
    };
    return set;
}

const QSet<QString> &dismissedAfterNot()
{
    static const QSet<QString> set{
        QStringLiteral("needed"), QStringLiteral("necessary"), QStringLiteral("important"), QStringLiteral("worth"),
        QStringLiteral("useful"), QStringLiteral("relevant"),
    };
    return set;
}

} // namespace DockPrep::KeyPointMatching

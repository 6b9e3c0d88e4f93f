// The LLVMFuzzerInitialize of every target that needs nothing but the shared set-up; targets with
// scratch files or fixtures define their own (dockprep_add_fuzzer … OWN_INITIALIZE).
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    DockPrep::Fuzz::initialise(argc, argv);
    return 0;
}

// Fault tests start, load and kill real processes on a machine of two cores, and some measure seconds (the missed
// deadlines' 60 s): run together, each one's nodes slow the other's start. One test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

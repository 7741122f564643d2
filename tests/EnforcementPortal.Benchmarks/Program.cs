using BenchmarkDotNet.Running;
using EnforcementPortal.Benchmarks;
using EnforcementPortal.Benchmarks.Generator;

if (GenerateCommand.Matches(args))
{
    return await GenerateCommand.RunAsync(args);
}

if (args is ["statistics-data"])
{
    // Only the statistics benchmarks' databases (docs/benchmarks.md): for EXPLAIN QUERY PLAN in sqlite3, or before a
    // benchmark run so generating them is not timed out by an in-process toolchain.
    new StatisticsBenchmarks().SetupDatabases();
    return 0;
}

// Not typeof(Program): the web project referenced by the statistics benchmarks has a public Program of its own.
BenchmarkSwitcher.FromAssembly(typeof(DocumentBenchmarks).Assembly).Run(args);
return 0;

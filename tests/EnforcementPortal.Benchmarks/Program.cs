using BenchmarkDotNet.Running;
using EnforcementPortal.Benchmarks;
using EnforcementPortal.Benchmarks.Generator;

if (GenerateCommand.Matches(args))
{
    return await GenerateCommand.RunAsync(args);
}

// Not typeof(Program): the web project referenced by the statistics benchmarks has a public Program of its own.
BenchmarkSwitcher.FromAssembly(typeof(DocumentBenchmarks).Assembly).Run(args);
return 0;

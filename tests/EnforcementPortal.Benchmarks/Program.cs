using BenchmarkDotNet.Running;
using EnforcementPortal.Benchmarks;

// Not typeof(Program): the web project referenced by the statistics benchmarks has a public Program of its own.
BenchmarkSwitcher.FromAssembly(typeof(DocumentBenchmarks).Assembly).Run(args);

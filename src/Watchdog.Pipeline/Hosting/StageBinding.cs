using Watchdog.Pipeline.Stages;

namespace Watchdog.Pipeline.Hosting;

/// <summary>Ties a queue item kind to the stage that handles it, decoding the JSON payload on the way.</summary>
public sealed class StageBinding
{
    private readonly Func<string, CancellationToken, Task<StageResult>> _run;

    private StageBinding(string kind, Func<string, CancellationToken, Task<StageResult>> run)
    {
        Kind = kind;
        _run = run;
    }

    /// <summary>The work item kind, also the stage's name in metrics.</summary>
    public string Kind { get; }

    public static StageBinding For<TInput>(string kind, IStage<TInput> stage) where TInput : class =>
        new(kind, (payload, ct) =>
        {
            var input = PayloadJson.TryDeserialize<TInput>(payload, out var problem);
            return input is null
                ? Task.FromResult(StageResult.Quarantine(StageStatus.BadPayload, problem ?? "payload could not be read"))
                : stage.ProcessAsync(input, ct);
        });

    public Task<StageResult> RunAsync(string payload, CancellationToken ct) => _run(payload, ct);
}

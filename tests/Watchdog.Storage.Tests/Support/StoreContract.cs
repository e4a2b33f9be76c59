namespace Watchdog.Storage.Tests.Support;

/// <summary>Base of the contract tests: each test gets a fresh store from the backend the derived class names.</summary>
public abstract class StoreContract : IAsyncLifetime
{
    protected ManualClock Clock { get; } = new();

    protected IStoreUnderTest Store { get; set; } = null!;

    protected abstract Task<IStoreUnderTest> OpenStoreAsync(ManualClock clock);

    public async Task InitializeAsync() => Store = await OpenStoreAsync(Clock);

    public async Task DisposeAsync() => await Store.DisposeAsync();

    protected static CancellationToken Ct => CancellationToken.None;
}

using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace Watchdog.Extract.Cleaning;

/// <summary>Compares DOM elements by identity, whatever equality the DOM library defines.</summary>
public sealed class ElementIdentity : IEqualityComparer<IElement>
{
    public bool Equals(IElement? x, IElement? y) => ReferenceEquals(x, y);

    public int GetHashCode(IElement obj) => RuntimeHelpers.GetHashCode(obj);
}

//! Values the page's components share by reference, compared by identity first.
//!
//! Yew compares a component's props and a hook's inputs at every render. `Rc`'s own `==` goes
//! straight to the contents when they are unsized (`Text`) or not `Eq` (a `Report` holds
//! floats): for a 10 MB text, a 10 MB comparison, several times a render (a click in the word
//! table of a 10 MB text spent a third of its time there). `Shared` first asks whether both are
//! the same allocation, as they almost always are; only two distinct allocations compare their
//! contents, so equal values still compare equal.

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

pub struct Shared<T: ?Sized>(Rc<T>);

/// The text on show, shared by every view.
pub type Text = Shared<str>;

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T: ?Sized> Shared<T> {
    /// Whether `a` and `b` are the very same value (not merely equal ones).
    pub fn same(a: &Shared<T>, b: &Shared<T>) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }
}

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(self.0.clone())
    }
}

impl<T: ?Sized> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || *self.0 == *other.0
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Shared(Rc::from(text))
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Shared(Rc::from(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// Counts how often its contents are compared.
    struct Watched<'a>(&'a Cell<u32>, u32);

    impl PartialEq for Watched<'_> {
        fn eq(&self, other: &Self) -> bool {
            self.0.set(self.0.get() + 1);
            self.1 == other.1
        }
    }

    #[test]
    fn the_same_allocation_is_equal_without_a_look_inside() {
        let compared = Cell::new(0);
        let a = Shared::new(Watched(&compared, 1));
        assert!(a == a.clone());
        assert_eq!(compared.get(), 0);
    }

    #[test]
    fn distinct_allocations_compare_their_contents() {
        let compared = Cell::new(0);
        assert!(Shared::new(Watched(&compared, 1)) == Shared::new(Watched(&compared, 1)));
        assert!(Shared::new(Watched(&compared, 1)) != Shared::new(Watched(&compared, 2)));
        assert_eq!(compared.get(), 2);
        assert_eq!(Text::from("same"), Text::from(String::from("same")));
        assert_ne!(Text::from("one"), Text::from("other"));
    }
}

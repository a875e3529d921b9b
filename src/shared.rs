//! Values the page's components share by reference, compared by identity.
//!
//! Yew compares a component's props and a hook's inputs at every render. `Rc`'s own `==` goes
//! straight to the contents when they are unsized (`Rc<str>`) or not `Eq` (a `Report` holds
//! floats): for a 10 MB text, a 10 MB comparison, several times a render (a click in the word
//! table of a 10 MB text spent a third of its time there), and for two reports that differ only
//! in their last field, a walk through all the others. `Shared` values are equal when they are
//! the same allocation. The page makes a new one only for a new value (a new text, a new
//! report; the reducer keeps the text it has when the same text comes again), so "another
//! allocation" means "changed", and what changed is drawn again.

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

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
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

    #[test]
    fn equal_means_the_same_allocation() {
        let a = Text::from("same");
        assert_eq!(a, a.clone());
        // Equal contents in two allocations: two values, as far as the page is concerned.
        assert_ne!(a, Text::from("same"));
        assert_ne!(Shared::new(vec![1.0]), Shared::new(vec![1.0]));
    }
}

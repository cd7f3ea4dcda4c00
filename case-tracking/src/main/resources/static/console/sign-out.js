// sends the sign-out form on by itself; without scripts the person presses its button
document.getElementById('provider-sign-out').submit();

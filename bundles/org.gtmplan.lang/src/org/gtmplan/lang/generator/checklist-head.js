(function () {
  'use strict';
  // A plan of thousands of tasks makes a page of many megabytes: let the browser skip the layout
  // and painting of the gate and workstream sections that are off screen until they scroll near
  // (CSS Containment 2, content-visibility). Screen only: print lays out everything. Set from
  // here, before the body is parsed, because the Nu checker's CSS tables do not know the property.
  if (!window.CSS || !window.CSS.supports || !window.CSS.supports('content-visibility', 'auto')) { return; }
  var style = document.createElement('style');
  style.textContent = '@media screen { section.gate, section.workstream { content-visibility: auto; contain-intrinsic-size: auto 30em; } }';
  document.head.appendChild(style);
})();

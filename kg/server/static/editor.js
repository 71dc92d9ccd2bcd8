/* civic-kg's query editor: YASGUI talking to this server's /query only.
 *
 * The page's JSON block (#kg-editor-data) gives the endpoint, the catalogue queries, the prefixes
 * and the ontology's terms.  YASGUI's stock completers ask prefix.cc and Linked Open Vocabularies
 * on the web; they are replaced by local ones so that the page makes no outside request (the
 * Content-Security-Policy would block them and log errors).  Every tab, restored ones included,
 * queries this server's endpoint.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-editor-data").textContent);
  var endpoint = new URL(data.endpoint, window.location.href).href;
  var Yasqe = Yasgui.Yasqe;

  var prefixes = Object.keys(data.prefixes).sort().map(function (p) {
    return p + ": <" + data.prefixes[p] + ">";
  });
  Yasqe.forkAutocompleter("prefixes", {name: "civic-prefixes", get: prefixes, persistenceId: null}, false);

  /* The endpoint predeclares its prefixes, so "civic:Ci" must complete without a PREFIX line: the stock
   * token handling is given a view of the editor that knows them. */
  function withServerPrefixes(yasqe) {
    var view = Object.create(yasqe);
    view.getPrefixesFromQuery = function () {
      return Object.assign({}, data.prefixes, yasqe.getPrefixesFromQuery());
    };
    return view;
  }
  function localTerms(stock, name, terms) {
    var original = Yasqe.Autocompleters[stock];
    Yasqe.forkAutocompleter(stock, {
      name: name, get: terms, bulk: true,
      preProcessToken: function (yasqe, token) { return original.preProcessToken(withServerPrefixes(yasqe), token); }
    }, false);
  }
  localTerms("class", "civic-class", data.classes);
  localTerms("property", "civic-property", data.properties);
  var completers = ["variables", "civic-prefixes", "civic-class", "civic-property"];
  // YASGUI merges arrays index by index, so the defaults themselves must hold exactly this list.
  [Yasqe.defaults, Yasgui.defaults.yasqe].forEach(function (defaults) {
    defaults.autocompleters.splice(0, defaults.autocompleters.length);
    Array.prototype.push.apply(defaults.autocompleters, completers);
  });

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    persistenceId: "civic-kg",
    requestConfig: {endpoint: endpoint, method: "POST"},
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {getData: function () { return [{endpoint: endpoint}]; }, keys: []},
    yasqe: {value: data.defaultQuery, prefixCcApi: null},
    yasr: {prefixes: data.prefixes}
  });
  Object.keys(yasgui._tabs).forEach(function (id) {
    if (yasgui._tabs[id].getEndpoint() !== endpoint) { yasgui._tabs[id].setEndpoint(endpoint); }
  });
  window.yasgui = yasgui;  // for the browser's console and the tests

  var picker = document.getElementById("catalogue");
  var description = document.getElementById("catalogue-description");

  /* Open a catalogue query in the tab named after it (made the first time), its text as shipped. */
  function openCatalogueQuery(name) {
    var query = data.catalogue[name];
    if (!query) { return null; }
    var tab = null;
    Object.keys(yasgui._tabs).forEach(function (id) {
      if (yasgui._tabs[id].getName() === name) { tab = yasgui._tabs[id]; }
    });
    if (tab) {
      yasgui.selectTabId(tab.getId());
    } else {
      tab = yasgui.addTab(true, {name: name, requestConfig: {endpoint: endpoint}});
    }
    tab.setQuery(query.text);
    description.textContent = query.title + (query.description ? ": " + query.description : "");
    return tab;
  }
  window.openCatalogueQuery = openCatalogueQuery;

  picker.addEventListener("change", function () {
    if (picker.value) { openCatalogueQuery(picker.value); }
  });
  yasgui.on("tabSelect", function (instance, id) {
    var tab = instance.getTab(id);
    var name = tab ? tab.getName() : "";
    picker.value = data.catalogue[name] ? name : "";
    description.textContent = data.catalogue[name] ? data.catalogue[name].title : "";
  });
}());

(function(){var t;try{t=localStorage.getItem(document.currentScript.dataset.key)}catch{t=null}var r=document.documentElement;if(t==="light"||t==="dark")r.dataset.theme=t;r.dataset.js=""})()
